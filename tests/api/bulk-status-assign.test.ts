/**
 * Bulk status change and bulk assign (definition word `bulkUpdate` on enum and reference
 * fields): each record judged as a single update of it is, all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let lead: request.Agent;
let agent: request.Agent;
let ops: request.Agent;
let procurement: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  [lead, agent, ops, procurement] = await Promise.all(['servicelead', 'service', 'ops', 'procurement'].map((name) => t.signIn(name)));
});
afterAll(() => t.close());

type Row = Record<string, unknown>;
const idOf = async (username: string) => (await t.db('users').where({ username }).first('id')).id as number;
const ticketIds = async (where: Row, count: number) =>
  (await t.db('service_tickets').where(where).whereNull('deleted_at').orderBy('id').limit(count).select('id')).map((row) => row.id as number);
const bulk = (user: request.Agent, resource: string, body: Row) => user.post(`/api/${resource}/bulk-update`).send({ operation: 'set', ...body });
/**
 * What a single update of the record answers: status, message and field errors (a refusal
 * without field errors is reported on the bulk's field, so the preview can show it there).
 */
const single = async (user: request.Agent, resource: string, id: number, body: Row) => {
  const answer = await user.put(`/api/${resource}/${id}`).send(body);
  const [field] = Object.keys(body);
  return { status: answer.status, message: answer.body.message, errors: answer.body.errors ?? { [field]: answer.body.message } };
};
const refusalOf = (row: Row) => ({ status: row.status, message: row.message, errors: row.errors });

describe('bulk assign', () => {
  it('assigns the selection to an agent, previewing first and writing nothing on the dry run', async () => {
    const ids = await ticketIds({ status: 'open' }, 3);
    const agentId = await idOf('service');
    const before = await t.db('service_tickets').whereIn('id', ids).select('id', 'assignee_id', 'version');
    const preview = await bulk(lead, 'service_tickets', { ids, field: 'assignee_id', value: agentId, dry_run: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, total: 3, refused: 0, changed: 0 });
    expect(preview.body.rows.map((row: Row) => (row.after as Row).assignee_id)).toEqual([agentId, agentId, agentId]);
    expect(await t.db('service_tickets').whereIn('id', ids).select('id', 'assignee_id', 'version')).toEqual(before);

    const applied = await bulk(lead, 'service_tickets', { ids, field: 'assignee_id', value: agentId });
    expect(applied.status).toBe(200);
    const after = await t.db('service_tickets').whereIn('id', ids).orderBy('id').select('assignee_id', 'version');
    expect(after.every((row) => row.assignee_id === agentId)).toBe(true);
    // Each record versioned and audited as a single update.
    expect(after.map((row) => row.version)).toEqual(before.map((row) => (row.assignee_id === agentId ? row.version : row.version + 1)));
    const audits = await t.db('audit_log').where({ resource: 'service_tickets', action: 'update' }).whereIn('record_id', ids).count({ n: '*' });
    expect(Number(audits[0].n)).toBe(before.filter((row) => row.assignee_id !== agentId).length);
  });

  it('refuses an assignee who is no agent on every record, as a single update does (referenceWhere)', async () => {
    const ids = await ticketIds({ status: 'pending' }, 2);
    const opsId = await idOf('ops');
    const preview = await bulk(lead, 'service_tickets', { ids, field: 'assignee_id', value: opsId, dry_run: true });
    expect(preview.body.refused).toBe(2);
    const expected = await single(lead, 'service_tickets', ids[0], { assignee_id: opsId });
    expect(expected.status).toBe(400);
    expect(refusalOf(preview.body.rows[0])).toEqual(expected);
  });

  it('refuses an agent giving tickets to someone else, as the row rule refuses a single update', async () => {
    const mine = await ticketIds({ assignee_id: await idOf('service'), status: 'open' }, 1);
    const other = (await t.db('users').where({ role: 'customer_service', active: true }).whereNot({ username: 'service' }).first('id')).id;
    const preview = await bulk(agent, 'service_tickets', { ids: mine, field: 'assignee_id', value: other, dry_run: true });
    const expected = await single(agent, 'service_tickets', mine[0], { assignee_id: other });
    expect(expected.status).toBe(403);
    expect(refusalOf(preview.body.rows[0])).toEqual(expected);
  });
});

describe('bulk status change', () => {
  it('moves each record along an allowed step and refuses the others with the single update’s 409, changing nothing', async () => {
    const open = await ticketIds({ status: 'open' }, 2);
    const closed = await ticketIds({ status: 'closed' }, 1);
    const ids = [...open, ...closed];
    const preview = await bulk(lead, 'service_tickets', { ids, field: 'status', value: 'resolved', dry_run: true });
    expect(preview.body).toMatchObject({ total: 3, refused: 1 });
    const refused = preview.body.rows.find((row: Row) => row.errors);
    expect(refused.id).toBe(closed[0]);
    expect(refusalOf(refused)).toEqual(await single(lead, 'service_tickets', closed[0], { status: 'resolved' }));
    expect(refused.status).toBe(409);

    const all = await bulk(lead, 'service_tickets', { ids, field: 'status', value: 'resolved' });
    expect(all.status).toBe(400);
    expect(all.body.rows.map((row: Row) => row.id)).toEqual(closed);
    expect((await t.db('service_tickets').whereIn('id', open).select('status')).map((row) => row.status)).toEqual(['open', 'open']);

    const fine = await bulk(lead, 'service_tickets', { ids: open, field: 'status', value: 'resolved' });
    expect(fine.status).toBe(200);
    const rows = await t.db('service_tickets').whereIn('id', open).select('status', 'resolved_at');
    // The stamp a single update sets comes with it.
    expect(rows.every((row) => row.status === 'resolved' && row.resolved_at)).toBe(true);
  });

  it('holds operations to their steps and their own drafts on purchase lists', async () => {
    const create = async (user: request.Agent, code: string) => (await user.post('/api/purchase_lists').send({ code, supplier_id: 1 })).body.id as number;
    const own = await create(ops, 'PL-BULK-1');
    const theirs = await create(procurement, 'PL-BULK-2');
    const preview = await bulk(ops, 'purchase_lists', { ids: [own, theirs], field: 'status', value: 'submitted', dry_run: true });
    expect(preview.body.refused).toBe(1);
    const refused = preview.body.rows.find((row: Row) => row.errors);
    expect(refused.id).toBe(theirs);
    expect(refusalOf(refused)).toEqual(await single(ops, 'purchase_lists', theirs, { status: 'submitted' }));
    const approve = await bulk(ops, 'purchase_lists', { ids: [own], field: 'status', value: 'approved', dry_run: true });
    expect(refusalOf(approve.body.rows[0])).toEqual(await single(ops, 'purchase_lists', own, { status: 'approved' }));
    expect(approve.body.rows[0].status).toBe(409);
    expect((await bulk(ops, 'purchase_lists', { ids: [own], field: 'status', value: 'submitted' })).status).toBe(200);
    expect((await t.db('purchase_lists').where('id', own).first('status')).status).toBe('submitted');
  });

  it('only sets an enum or a reference, and refuses a field the role may not write', async () => {
    const ids = await ticketIds({ status: 'open' }, 1);
    const raise = await bulk(lead, 'service_tickets', { ids, field: 'status', operation: 'raise', value: 100 });
    expect(raise.status).toBe(400);
    expect(raise.body.errors).toEqual({ operation: 'Only set' });
    expect((await bulk(lead, 'service_tickets', { ids, field: 'assignee_id', value: 'x' })).body.errors).toEqual({ value: 'A record id, or null for none' });
    expect((await bulk(ops, 'service_tickets', { ids, field: 'status', value: 'resolved' })).status).toBe(403);
  });

  it('offers the fields in the schema to the roles that may write them', async () => {
    const schemaOf = async (user: request.Agent, name: string) =>
      (await user.get('/api/schema')).body.resources.find((resource: { name: string }) => resource.name === name);
    expect((await schemaOf(lead, 'service_tickets')).bulkUpdate.fields).toEqual(['status', 'assignee_id', 'priority']);
    expect((await schemaOf(ops, 'service_tickets')).bulkUpdate).toBeUndefined();
    expect((await schemaOf(procurement, 'purchase_lists')).bulkUpdate.fields).toEqual(['status']);
  });
});
