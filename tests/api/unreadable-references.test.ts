/**
 * A reference to a record the writer cannot read answers exactly as a reference to a record that
 * does not exist, on every path that writes or judges one: create, update, import (dry run and
 * real), bulk update (preview and real). Generated from the definitions: for every resource, every
 * role that may write it and every reference field the role may set whose target the role reads
 * only in part (a read rule) or not at all (and cannot look up), a live target row outside the
 * role's reading is sent, and so is an id no row has; the two answers must agree in status and
 * body, the id itself masked; an import cell naming the record (its name) answers as one naming
 * nobody. A filter by either id answers alike too.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, fieldMode, roleAccess } from '../../server/engine/access.ts';
import { columnOf, type ResourceDefinition, type Role } from '../../server/engine/definition.ts';
import { canLookUp } from '../../server/engine/lookup.ts';
import { resources } from '../../server/resources/index.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const byName = new Map(resources.map((def) => [def.name, def]));
const writes = (def: ResourceDefinition, role: Role) => can(def, role, 'create') || can(def, role, 'edit');
const reads = (def: ResourceDefinition, role: Role) => can(def, role, 'list') || can(def, role, 'show');

/** Every (resource, field, role) where the role may set a reference to a record it may not read. */
const CASES = resources.flatMap((def) =>
  (Object.keys(DEMO_LOGIN_BY_ROLE) as Role[])
    .filter((role) => writes(def, role))
    .flatMap((role) =>
      Object.entries(def.fields)
        .filter(([name, field]) => field.type === 'reference' && fieldMode(def, role, name) === 'writable')
        .map(([name, field]) => ({ def, role, field: name, target: byName.get(field.reference!)! }))
        .filter(({ target }) => (reads(target, role) ? Boolean(roleAccess(target, role)?.readRows) : !canLookUp(target))),
    ),
);

/** The answer with the id (or name) sent replaced wherever it is said (messages) or echoed as the field's value. */
function masked(value: unknown, sent: number | string, field: string, key = ''): unknown {
  if (typeof value === 'string') return typeof sent === 'string' ? value.replaceAll(sent, '#') : value.replace(new RegExp(`(?<!\\d)${sent}(?!\\d)`, 'g'), '#');
  if (key === field && value === sent) return '#';
  if (Array.isArray(value)) return value.map((item) => masked(item, sent, field));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, sent, field, k)]));
  return value;
}
const answer = (response: request.Response, sent: number | string, field: string) => ({ status: response.status, body: masked(response.body, sent, field) });

/** Live ids of `target` the role does not read: all of them when it reads none. */
async function unreadableIds(agent: request.Agent, target: ResourceDefinition, role: Role): Promise<number[]> {
  const live = (await t.db(target.table).whereNull('deleted_at').orderBy('id').limit(500).pluck('id')).map(Number);
  if (!reads(target, role)) return live;
  const listed = await agent.get(`/api/${target.name}`).query({ filter: JSON.stringify({ id: live }), range: JSON.stringify([0, live.length - 1]) });
  expect(listed.status).toBe(200);
  const readable = new Set((listed.body as Row[]).map((row) => Number(row.id)));
  return live.filter((id) => !readable.has(id));
}

/** What the role would send to create a record like one it reads: its writable fields, states left to their defaults. */
function bodyLike(def: ResourceDefinition, role: Role, record: Row): Row {
  return Object.fromEntries(
    Object.entries(record).filter(([name, value]) => value !== null && Object.hasOwn(def.fields, name) && !def.fields[name].transitions && fieldMode(def, role, name) === 'writable'),
  );
}

/** The name of a record the role cannot read that no record it reads shares (a shared name would resolve to that one). */
async function nameOnlyUnreadable(target: ResourceDefinition, hidden: ReadonlySet<number>): Promise<string | undefined> {
  const column = columnOf(target.recordRepresentation, target.fields[target.recordRepresentation]);
  const rows = (await t.db(target.table).whereNull('deleted_at').whereNotNull(column).select('id', { name: column })) as { id: number; name: string }[];
  const readableNames = new Set(rows.filter((row) => !hidden.has(Number(row.id))).map((row) => row.name));
  return rows.find((row) => hidden.has(Number(row.id)) && !readableNames.has(row.name))?.name;
}

/**
 * The body without the values a read shows but a write does not take back (a phone the list
 * masks): each round drops the fields a create with a reference to nothing refuses besides it.
 */
async function soundBody(agent: request.Agent, def: ResourceDefinition, field: string, missing: number, body: Row): Promise<Row> {
  for (let round = 0; round < 3; round++) {
    const refused = await agent.post(`/api/${def.name}`).send({ ...body, [field]: missing });
    const others = Object.keys(refused.body.errors ?? {}).filter((name) => name !== field);
    if (!others.length) return body;
    body = Object.fromEntries(Object.entries(body).filter(([name]) => !others.includes(name)));
  }
  return body;
}

function csvOf(body: Row): string {
  const cell = (value: unknown) => {
    const text = Array.isArray(value) ? value.join(';') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${Object.keys(body).join(',')}\r\n${Object.values(body).map(cell).join(',')}\r\n`;
}

describe('a reference to a record the writer cannot read', () => {
  it('has cases to judge: roles writing references into partly or wholly unreadable resources', () => {
    expect(CASES.map(({ def, field, role }) => `${def.name}.${field} as ${role}`)).toEqual(
      expect.arrayContaining(['service_tickets.assignee_id as customer_service', 'service_callbacks.ticket_id as customer_service']),
    );
  });

  for (const { def, role, field, target } of CASES) {
    it(`${def.name}.${field} as ${role}: answers as a reference to nothing, on every path`, async () => {
      const agent = await t.signIn(DEMO_LOGIN_BY_ROLE[role]);
      // The highest such id: several digits, so masking it never touches a count or a row number.
      const hiddenIds = await unreadableIds(agent, target, role);
      const unreadable = hiddenIds.at(-1)!;
      expect(unreadable, `a ${target.name} row ${role} cannot read`).toBeDefined();
      const missing = Number((await t.db(target.table).max({ top: 'id' }))[0].top) + 100_000;
      const rowsBefore = await t.db(def.table).count({ n: '*' });
      const same = async <T extends number | string>(send: (sent: T) => request.Test, path: string, [hiddenOne, noOne]: [T, T]) => {
        const [hidden, none] = [await send(hiddenOne), await send(noOne)];
        expect(answer(hidden, hiddenOne, field), path).toEqual(answer(none, noOne, field));
        return none;
      };
      const ids: [number, number] = [unreadable, missing];

      const readable = (await agent.get(`/api/${def.name}`).query({ range: '[0,49]' })).body as Row[];
      expect(readable.length, `${role} reads some ${def.name}`).toBeGreaterThan(0);
      if (can(def, role, 'create')) {
        const body = await soundBody(agent, def, field, missing, bodyLike(def, role, readable[0]));
        const created = await same((id) => agent.post(`/api/${def.name}`).send({ ...body, [field]: id }), 'create', ids);
        expect([created.status, Object.keys(created.body.errors ?? {})], 'refused on the reference alone').toEqual([400, [field]]);
        for (const dryRun of ['true', 'false']) {
          const send = (cell: number | string) => agent.post(`/api/${def.name}/import`).query({ dryRun }).set('Content-Type', 'text/csv; charset=utf-8').send(csvOf({ ...body, [field]: cell }));
          await same(send, `import by id, dryRun ${dryRun}`, ids);
          // A cell may name the record instead (its recordRepresentation): the unreadable one's name, and a name nobody has.
          const naming = target.fields[target.recordRepresentation];
          if (naming?.type !== 'string') continue;
          const name = await nameOnlyUnreadable(target, new Set(hiddenIds));
          if (name !== undefined) await same(send, `import by name, dryRun ${dryRun}`, [name, `无此名称-${missing}`]);
        }
      }
      if (can(def, role, 'edit')) {
        for (const record of readable.slice(0, 10)) {
          await same((id) => agent.put(`/api/${def.name}/${String(record.id)}`).send({ [field]: id }), `update #${String(record.id)}`, ids);
        }
        if (def.bulkUpdate?.fields.includes(field)) {
          const selected = readable.slice(0, 3).map((record) => record.id);
          for (const dry_run of [true, false]) {
            await same((id) => agent.post(`/api/${def.name}/bulk-update`).send({ ids: selected, field, operation: 'set', value: id, dry_run }), `bulk update, dry_run ${dry_run}`, ids);
          }
        }
      }
      if (can(def, role, 'list')) {
        const filtered = (id: number) => agent.get(`/api/${def.name}`).query({ filter: JSON.stringify({ [field]: id }), range: '[0,0]' });
        expect((await filtered(unreadable)).status, 'filter').toBe((await filtered(missing)).status);
      }
      expect(await t.db(def.table).count({ n: '*' })).toEqual(rowsBefore);
    });
  }
});
