/**
 * The definition words behind readable names: `lookup` (a resource whose records every role may
 * name by id), `namesResource` and `recordOf` (a log naming resources and their records), and
 * `listTabs` (quick filters above a list). Checked when the registry is built, carried in the
 * schema only as far as the role may use them.
 */
import { describe, expect, it } from 'vitest';
import { defineResource, type FieldDefinition, type ResourceDefinition } from '../../server/engine/definition.ts';
import { mayNameReferences } from '../../server/engine/dashboard-access.ts';
import { getManyIds } from '../../server/engine/lookup.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { appSchema } from '../../server/engine/schema.ts';

const people = (extra: Partial<ResourceDefinition> = {}) =>
  defineResource({
    name: 'people',
    table: 'people',
    label: { en: 'People', zh: '人员' },
    labelSingular: { en: 'Person', zh: '人员' },
    department: 'technology',
    fields: { name: { type: 'string', label: { en: 'Name', zh: '姓名' } }, phone: { type: 'string', label: { en: 'Phone', zh: '电话' }, masked: 'phone' } },
    recordRepresentation: 'name',
    listColumns: ['name'],
    filters: [],
    search: [],
    defaultSort: { field: 'id', order: 'ASC' },
    lookup: true,
    access: { admin: { actions: ['list', 'show'] } },
    ...extra,
  });

const ACTION: FieldDefinition = {
  type: 'enum',
  label: { en: 'Action', zh: '操作' },
  choices: [
    { id: 'made', label: { en: 'Made', zh: '创建' } },
    { id: 'signed_in', label: { en: 'Signed in', zh: '登录' } },
  ],
};

const log = (extra: Partial<ResourceDefinition> = {}, fields: Record<string, FieldDefinition> = {}) =>
  defineResource({
    name: 'log',
    table: 'log',
    label: { en: 'Log', zh: '日志' },
    labelSingular: { en: 'Entry', zh: '日志' },
    department: 'technology',
    fields: {
      action: ACTION,
      resource: { type: 'string', label: { en: 'Resource', zh: '资源' }, namesResource: true },
      record_id: { type: 'integer', label: { en: 'Record', zh: '记录' }, recordOf: 'resource' },
      person_id: { type: 'reference', reference: 'people', label: { en: 'Who', zh: '谁' } },
      ...fields,
    },
    recordRepresentation: 'action',
    listColumns: ['action', 'resource', 'record_id', 'person_id'],
    filters: ['action', 'resource'],
    search: [],
    defaultSort: { field: 'id', order: 'DESC' },
    listTabs: [
      { id: 'made', label: { en: 'Made', zh: '创建' }, filter: { action: ['made'] } },
      { id: 'all', label: { en: 'All', zh: '全部' }, filter: {} },
    ],
    access: { admin: { actions: ['list', 'show'] }, operations: { actions: ['list', 'show'], hidden: ['action'] } },
    ...extra,
  });

const user = (role: 'admin' | 'operations') => ({ id: 1, username: role, fullName: role, role, locale: null, theme: null });

describe('the words are checked', () => {
  it('accepts sound words', () => {
    expect(() => createRegistry([people(), log()])).not.toThrow();
  });

  it.each([
    ['a lookup naming records by a masked field', () => [people({ recordRepresentation: 'phone' }), log()], /lookup names records by "phone"/],
    ['a number naming resources', () => [people(), log({}, { resource: { type: 'integer', label: ACTION.label, namesResource: true } })], /only strings name resources/],
    ['a record of a field that names no resource', () => [people(), log({}, { record_id: { type: 'integer', label: ACTION.label, recordOf: 'action' } })], /recordOf must be/],
    ['one tab', () => [people(), log({ listTabs: [{ id: 'a', label: ACTION.label, filter: {} }] })], /two or more distinct ids/],
    ['a tab on a field that is no filter', () => [people(), log({ listTabs: [{ id: 'a', label: ACTION.label, filter: { record_id: '1' } }, { id: 'b', label: ACTION.label, filter: {} }] })], /no enum filter/],
    ['a tab on an unknown choice', () => [people(), log({ listTabs: [{ id: 'a', label: ACTION.label, filter: { action: 'gone' } }, { id: 'b', label: ACTION.label, filter: {} }] })], /no enum filter/],
  ] as [string, () => ResourceDefinition[], RegExp][])('refuses %s', (_what, definitions, problem) => {
    expect(() => createRegistry(definitions())).toThrow(problem);
  });
});

describe('the schema carries them', () => {
  it('gives a role that cannot read people their names to look up, not the resource', () => {
    const schema = appSchema([people(), log()], user('operations'));
    expect(schema.resources.map((r) => r.name)).toEqual(['log']);
    expect(schema.lookups).toEqual([{ name: 'people', recordRepresentation: 'name' }]);
    const who = schema.resources[0].fields.find((f) => f.name === 'person_id')!;
    expect(who).toMatchObject({ lookup: 'people' });
    expect(who.reference).toBeUndefined();
  });

  it('turns a field naming resources into a choice among those the role reaches, labelled', () => {
    const [, entry] = appSchema([people(), log()], user('admin')).resources;
    const resource = entry.fields.find((f) => f.name === 'resource')!;
    expect(resource.type).toBe('enum');
    expect(resource.choices).toEqual([
      { id: 'people', label: { en: 'People', zh: '人员' } },
      { id: 'log', label: { en: 'Log', zh: '日志' } },
    ]);
    expect(entry.fields.find((f) => f.name === 'record_id')).toMatchObject({ type: 'integer', recordOf: 'resource' });
    expect(entry.listTabs?.map((tab) => tab.id)).toEqual(['made', 'all']);
  });

  it('leaves the tabs out for a role that may not filter on their fields', () => {
    const [entry] = appSchema([people(), log()], user('operations')).resources;
    expect(entry.listTabs).toBeUndefined();
  });

  it('lets a dashboard name groups by a resource every role looks up', () => {
    const registry = createRegistry([people(), log()]);
    expect(mayNameReferences(registry.get('log'), 'person_id', 'operations', registry.find)?.name).toBe('people');
    const closed = createRegistry([people({ lookup: undefined }), log()]);
    expect(mayNameReferences(closed.get('log'), 'person_id', 'operations', closed.find)).toBeUndefined();
  });
});

describe('a lookup request is a getMany by ids and nothing else', () => {
  it.each([
    [{ filter: '{"id":[3,1,3]}' }, [3, 1]],
    [{ filter: '{"id":"7"}' }, [7]],
    [{ filter: '{"id":[0,-1,"x",2.5,4]}' }, [4]],
    [{}, undefined],
    [{ filter: '{"id":[1]}', range: '[0,9]' }, undefined],
    [{ filter: '{"id":[1]}', sort: '["id","ASC"]' }, undefined],
    [{ filter: '{"id":[1],"role":"admin"}' }, undefined],
    [{ filter: '{"q":"a"}' }, undefined],
    [{ filter: 'not json' }, undefined],
    [{ filter: ['{"id":[1]}', '{"id":[2]}'] }, undefined],
  ] as [Record<string, unknown>, number[] | undefined][])('%j -> %j', (query, ids) => {
    expect(getManyIds(query)).toEqual(ids);
  });
});
