/**
 * Comments on records (definition word `comments`) on a real database: reading and posting
 * follow the record's `show` and read rule (404 as for the record), the author is the signed-in
 * user, the body is bounded plain text, only the author deletes and only soon after, and every
 * post and deletion is in the audit log.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentEntry } from '../../server/engine/api-types.ts';
import { COMMENT_DELETE_MINUTES, MAX_COMMENT_CHARS } from '../../server/engine/comments.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let serviceId: number;
/** A ticket of the demo agent's, and one of a colleague's. */
let own: number;
let colleagues: number;

beforeAll(async () => {
  t = await startTestApp();
  serviceId = Number((await t.db('users').where({ username: 'service' }).first('id')).id);
  own = Number((await t.db('service_tickets').whereNull('deleted_at').where({ assignee_id: serviceId }).first('id')).id);
  colleagues = Number(
    (await t.db('service_tickets').whereNull('deleted_at').whereNot({ assignee_id: serviceId }).whereNotNull('assignee_id').first('id')).id,
  );
});
afterAll(() => t.close());

const post = (agent: request.Agent, path: string, body: unknown) => agent.post(path).send(body as object);

describe('posting and reading comments', () => {
  it('adds a comment as the signed-in user, named by their display name, and lists it', async () => {
    const service = await t.signIn('service');
    const created = await post(service, `/api/service_tickets/${own}/comments`, { body: '  客户要求明天回电  ' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const comment = created.body as CommentEntry;
    expect(comment).toMatchObject({ body: '客户要求明天回电', author_id: serviceId, author_name: '赵丽娟' });
    expect(comment.deletable_until).toBeDefined();

    const listed = await service.get(`/api/service_tickets/${own}/comments`);
    expect(listed.status).toBe(200);
    expect((listed.body as CommentEntry[]).map((entry) => entry.body)).toContain('客户要求明天回电');
  });

  it('lists the comments oldest first', async () => {
    const lead = await t.signIn('servicelead');
    for (const body of ['first', 'second', 'third']) expect((await post(lead, `/api/service_tickets/${own}/comments`, { body })).status).toBe(201);
    const listed = (await lead.get(`/api/service_tickets/${own}/comments`)).body as CommentEntry[];
    const order = listed.map((entry) => entry.body).filter((body) => ['first', 'second', 'third'].includes(body));
    expect(order).toEqual(['first', 'second', 'third']);
    const times = listed.map((entry) => entry.created_at);
    expect([...times].sort()).toEqual(times);
  });

  it('writes an audit entry for each comment', async () => {
    const pr = await t.signIn('pr');
    const event = Number((await t.db('pr_events').whereNull('deleted_at').first('id')).id);
    const created = await post(pr, `/api/pr_events/${event}/comments`, { body: 'Press kit ready' });
    expect(created.status).toBe(201);
    const entry = await t.db('audit_log').where({ action: 'comment', resource: 'pr_events', record_id: event }).orderBy('id', 'desc').first();
    expect(entry.username).toBe('pr');
    expect(JSON.parse(entry.changes)).toEqual({ comment: { id: created.body.id, body: 'Press kit ready' } });
  });

  it('lets a role that may only read the record discuss it: operations on a submitted purchase list', async () => {
    const ops = await t.signIn('ops');
    const list = Number((await t.db('purchase_lists').whereNull('deleted_at').whereNot({ status: 'draft' }).first('id')).id);
    const created = await post(ops, `/api/purchase_lists/${list}/comments`, { body: 'Can this arrive before the promotion?' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // … and the list itself is untouched: no new version.
    expect((await t.db('audit_log').where({ resource: 'purchase_lists', record_id: list, username: 'ops', action: 'update' })).length).toBe(0);
  });
});

describe('who may', () => {
  it("answers 404 for a colleague's ticket, as the ticket itself does, and stores nothing", async () => {
    const service = await t.signIn('service');
    const stored = () => t.db('comments').where({ resource: 'service_tickets', record_id: colleagues });
    const before = await stored();
    expect((await service.get(`/api/service_tickets/${colleagues}`)).status).toBe(404);
    expect((await service.get(`/api/service_tickets/${colleagues}/comments`)).status).toBe(404);
    expect((await post(service, `/api/service_tickets/${colleagues}/comments`, { body: 'mine now' })).status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('refuses a role that cannot reach the resource, as the record does', async () => {
    const marketing = await t.signIn('marketing');
    expect((await marketing.get(`/api/service_tickets/${own}`)).status).toBe(403);
    expect((await marketing.get(`/api/service_tickets/${own}/comments`)).status).toBe(403);
    expect((await post(marketing, `/api/service_tickets/${own}/comments`, { body: 'hi' })).status).toBe(403);
  });

  it('answers 404 for a record in the trash and for a resource without comments', async () => {
    const admin = await t.signIn('admin');
    const event = Number((await t.db('pr_events').whereNull('deleted_at').orderBy('id', 'desc').first('id')).id);
    await t.db('press_clippings').where({ pr_event_id: event }).update({ deleted_at: new Date().toISOString() });
    await t.db('pr_event_media').where({ pr_event_id: event }).update({ deleted_at: new Date().toISOString() });
    expect((await admin.delete(`/api/pr_events/${event}`)).status).toBe(200);
    expect((await admin.get(`/api/pr_events/${event}/comments`)).status).toBe(404);
    expect((await post(admin, `/api/pr_events/${event}/comments`, { body: 'gone?' })).status).toBe(404);
    const product = Number((await t.db('products').whereNull('deleted_at').first('id')).id);
    expect((await admin.get(`/api/products/${product}/comments`)).status).toBe(404);
  });
});

describe('the body', () => {
  it.each([
    ['empty', { body: '' }],
    ['only spaces', { body: '   \n ' }],
    ['too long', { body: 'x'.repeat(MAX_COMMENT_CHARS + 1) }],
    ['not text', { body: 42 }],
    ['missing', {}],
  ])('is refused when %s: 400 with an error on body, nothing stored', async (_case, input) => {
    const service = await t.signIn('service');
    const before = (await t.db('comments')).length;
    const response = await post(service, `/api/service_tickets/${own}/comments`, input);
    expect(response.status).toBe(400);
    expect(response.body.errors.body).toBeTruthy();
    expect((await t.db('comments')).length).toBe(before);
  });

  it('accepts exactly the longest body', async () => {
    const service = await t.signIn('service');
    expect((await post(service, `/api/service_tickets/${own}/comments`, { body: '好'.repeat(MAX_COMMENT_CHARS) })).status).toBe(201);
  });

  it('cannot name another author or carry other fields', async () => {
    const service = await t.signIn('service');
    const response = await post(service, `/api/service_tickets/${own}/comments`, { body: 'as the lead', author_id: 1 });
    expect(response.status).toBe(400);
    expect(response.body.errors.author_id).toBeTruthy();
  });
});

describe('deleting', () => {
  async function commentBy(username: string, path: string): Promise<CommentEntry> {
    const response = await post(await t.signIn(username), path, { body: `by ${username}` });
    expect(response.status).toBe(201);
    return response.body as CommentEntry;
  }

  it('lets the author take a comment back soon after posting, audited, and it leaves the list', async () => {
    const path = `/api/service_tickets/${own}/comments`;
    const comment = await commentBy('service', path);
    const service = await t.signIn('service');
    expect((await service.delete(`${path}/${comment.id}`)).status).toBe(200);
    expect(((await service.get(path)).body as CommentEntry[]).map((entry) => entry.id)).not.toContain(comment.id);
    expect(await t.db('audit_log').where({ action: 'uncomment', resource: 'service_tickets', record_id: own })).toHaveLength(1);
  });

  it("refuses anyone else's comment (403), the lead's included, and keeps it", async () => {
    const path = `/api/service_tickets/${own}/comments`;
    const comment = await commentBy('servicelead', path);
    const service = await t.signIn('service');
    const listed = ((await service.get(path)).body as CommentEntry[]).find((entry) => entry.id === comment.id)!;
    expect(listed.deletable_until).toBeUndefined();
    expect((await service.delete(`${path}/${comment.id}`)).status).toBe(403);
    expect((await (await t.signIn('admin')).delete(`${path}/${comment.id}`)).status).toBe(403);
    expect(((await service.get(path)).body as CommentEntry[]).map((entry) => entry.id)).toContain(comment.id);
  });

  it(`refuses the author once ${COMMENT_DELETE_MINUTES} minutes have passed (409)`, async () => {
    const path = `/api/service_tickets/${own}/comments`;
    const comment = await commentBy('service', path);
    const posted = new Date(Date.now() - (COMMENT_DELETE_MINUTES + 1) * 60_000).toISOString();
    await t.db('comments').where({ id: comment.id }).update({ created_at: posted });
    const service = await t.signIn('service');
    expect((await service.delete(`${path}/${comment.id}`)).status).toBe(409);
    expect(((await service.get(path)).body as CommentEntry[]).map((entry) => entry.id)).toContain(comment.id);
  });
});
