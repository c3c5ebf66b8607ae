/** The words of saved views, in-place edits and bulk status changes: registry checks, row rules with alternatives, the schema. */
import { describe, expect, it } from 'vitest';
import { matchesRule } from '../../server/engine/conditions.ts';
import { defineResource, type ResourceDefinition } from '../../server/engine/definition.ts';
import { definitionProblems } from '../../server/engine/registry.ts';
import { resourceSchema } from '../../server/engine/schema.ts';
import { resources } from '../../server/resources/index.ts';
import purchaseLists, { OWN_DRAFT_LIST } from '../../server/resources/purchase-lists.ts';

const byName = new Map(resources.map((def) => [def.name, def]));
const problemsOf = (def: ResourceDefinition) => definitionProblems(def, byName);

const notes = (extra: Partial<ResourceDefinition>) =>
  defineResource({
    name: 'notes',
    table: 'notes',
    label: { en: 'Notes', zh: '笔记' },
    labelSingular: { en: 'Note', zh: '笔记' },
    department: 'technology',
    fields: {
      title: { type: 'string', label: { en: 'Title', zh: '标题' } },
      body: { type: 'text', label: { en: 'Body', zh: '正文' } },
      settings: { type: 'json', label: { en: 'Settings', zh: '设置' } },
      length: { type: 'integer', label: { en: 'Length', zh: '长度' }, computed: { from: ['body'], compute: () => 0 } },
    },
    recordRepresentation: 'title',
    listColumns: ['title'],
    filters: [],
    search: [],
    defaultSort: { field: 'id', order: 'ASC' },
    access: { admin: { actions: ['list'] } },
    ...extra,
  });

describe('registry checks', () => {
  it('refuses a writable json field that no word judges, and listSettings naming fields of the wrong type', () => {
    expect(problemsOf(notes({}))).toContain('notes.settings: a writable json field must be judged by a word (listSettings, modelEntries)');
    const problems = problemsOf(notes({ listSettings: { resource: 'body', filter: 'settings', sort: 'settings', columns: 'title', perPage: 'length' } }));
    expect(problems).toContain('notes: listSettings needs a string field "body"');
    expect(problems).toContain('notes: listSettings needs a json field "title"');
    expect(problems).not.toContain('notes.settings: a writable json field must be judged by a word (listSettings, modelEntries)');
  });

  it('refuses in-place edits of computed or unknown fields, and bulk changes of text', () => {
    expect(problemsOf(notes({ inlineEdit: ['length', 'nothing'], settings: undefined } as Partial<ResourceDefinition>))).toEqual(
      expect.arrayContaining(['notes: inlineEdit field "length" is not a writable number or text', 'notes: inlineEdit field "nothing" is not a writable number or text']),
    );
    expect(problemsOf(notes({ bulkUpdate: { fields: ['body'], maxRecords: 10 } }))).toContain('notes: bulkUpdate field "body" is not a writable number, enum or reference');
  });

  it('checks the fields a row rule’s alternatives name', () => {
    const def = notes({ access: { admin: { actions: ['list'], readRows: { where: { title: 'x' }, or: [{ colour: 'red' }] } } } });
    expect(problemsOf(def)).toContain('notes: admin row rule names unknown field "colour"');
  });
});

describe('row rules with alternatives', () => {
  const rule = { where: { owner_id: { user: 'id' as const } }, or: [{ shared: true, owner_role: { user: 'role' as const } }] };
  it('holds for my own rows and for rows shared with my role', () => {
    const me = { id: 5, role: 'pr' };
    expect(matchesRule(rule, { owner_id: 5, shared: false, owner_role: 'pr' }, me)).toBe(true);
    expect(matchesRule(rule, { owner_id: 6, shared: true, owner_role: 'pr' }, me)).toBe(true);
    expect(matchesRule(rule, { owner_id: 6, shared: false, owner_role: 'pr' }, me)).toBe(false);
    expect(matchesRule(rule, { owner_id: 6, shared: true, owner_role: 'marketing' }, me)).toBe(false);
  });
});

describe('schema', () => {
  it('gives in-place edits with the write rule filled in for the user', () => {
    const def = { ...purchaseLists, inlineEdit: ['notes'] };
    const schema = resourceSchema(def, 'operations', () => true, { user: { id: 5, role: 'operations' } });
    expect(schema.inlineEdit).toEqual(['notes']);
    expect(OWN_DRAFT_LIST.where).toEqual({ created_by: { user: 'id' }, status: 'draft' });
    expect(schema.writeRows).toEqual([{ created_by: [5], status: ['draft'] }]);
    expect(resourceSchema(def, 'procurement', () => true, { user: { id: 5, role: 'procurement' } }).writeRows).toBeUndefined();
  });
});
