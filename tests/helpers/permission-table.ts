/**
 * The permission table (tests/helpers/permission-spec.ts), checked over HTTP against the real
 * server for every role, resource and action: one part of the resources per test file
 * (tests/api/permissions-*.test.ts), so the parts run side by side instead of one file of some
 * 2,400 tests holding one worker for most of the run. Each part starts its own app and signs in
 * every role; the checks that are about one resource (the controls, purchase lists, users) run in
 * the part that holds it.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changedValue,
  createThrough,
  kindOf,
  readThrough,
  validBody,
  withFieldNameReplaced,
  type BodyContext,
  type ReferenceIds,
  type ResourceName,
  type Row,
} from './permission-matrix.ts';
import {
  ACTIONS,
  MATRIX,
  RESOURCES,
  ROLES,
  allows,
  canWrite,
  editFieldFor,
  hiddenFor,
  isWriteOnly,
  readOnlyFieldsFor,
  writableFieldsFor,
  type Action,
  type Role,
} from './permission-spec.ts';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from './test-app.ts';

/** Part `part` of `of`: every `of`-th resource of the table, starting at the `part`-th. */
export interface PermissionPart {
  part: number;
  of: number;
}

/** Registers the tests of one part of the table (call it at the top level of a test file). */
export function permissionTable({ part, of }: PermissionPart): void {
  const resources = RESOURCES.filter((_, index) => index % of === part - 1);
  const holds = (resource: ResourceName) => resources.includes(resource);

  // ---------------------------------------------------------------------------------------------
  // The app, one signed-in agent per role, and fixtures created through the API.
  // ---------------------------------------------------------------------------------------------

  let t: TestApp;
  const agents = {} as Record<Role, request.Agent>;
  const userIds = {} as Record<Role, number>;
  const schemas = {} as Record<Role, AppSchemaBody>;
  let base: BodyContext;
  const refs: ReferenceIds = {};
  /** One existing record per resource, created by admin, for the show tests. */
  const existing = {} as Record<ResourceName, Row>;

  interface FieldSchemaBody {
    name: string;
    readOnly: boolean;
    writeOnly: boolean;
  }
  interface ResourceSchemaBody {
    name: string;
    actions: string[];
    fields: FieldSchemaBody[];
    listColumns: string[];
    filters: string[];
    sortable: string[];
  }
  interface AppSchemaBody {
    resources: ResourceSchemaBody[];
  }

  const as = (role: Role) => agents[role];

  beforeAll(async () => {
    t = await startTestApp();
    await Promise.all(
      ROLES.map(async (role) => {
        agents[role] = await t.signIn(DEMO_LOGIN_BY_ROLE[role]);
        const me = await agents[role].get('/api/auth/me');
        userIds[role] = me.body.id as number;
        schemas[role] = (await agents[role].get('/api/schema')).body as AppSchemaBody;
      }),
    );
    const admin = as('admin');
    const blank: BodyContext = { catalogId: 0, supplierId: 0, productId: 0, prEventId: 0, mediaPartnerId: 0, ownerUserId: userIds.pr };
    const catalogA = await createThrough(admin, 'catalogs', { ...validBody('catalogs', blank), parent_id: null });
    const catalogB = await createThrough(admin, 'catalogs', validBody('catalogs', { ...blank, catalogId: Number(catalogA.id) }));
    const suppliers = [
      await createThrough(admin, 'suppliers', validBody('suppliers', blank)),
      await createThrough(admin, 'suppliers', validBody('suppliers', blank)),
    ];
    const mediaPartners = [
      await createThrough(admin, 'media_partners', validBody('media_partners', blank)),
      await createThrough(admin, 'media_partners', validBody('media_partners', blank)),
    ];
    const prEvents = [
      await createThrough(admin, 'pr_events', validBody('pr_events', blank)),
      await createThrough(admin, 'pr_events', validBody('pr_events', blank)),
    ];
    const withRefs = { ...blank, catalogId: Number(catalogA.id), supplierId: Number(suppliers[0].id) };
    const products = [
      await createThrough(admin, 'products', validBody('products', withRefs)),
      await createThrough(admin, 'products', validBody('products', withRefs)),
    ];
    const paymentPartners = [
      await createThrough(admin, 'payment_partners', validBody('payment_partners', blank)),
      await createThrough(admin, 'payment_partners', validBody('payment_partners', blank)),
    ];
    const tierIds = ((await admin.get('/api/member_tiers').query({ range: '[0,1]', sort: '["id","ASC"]' })).body as Row[]).map((tier) => Number(tier.id));
    base = {
      ...withRefs,
      memberTierId: tierIds[0],
      productId: Number(products[0].id),
      prEventId: Number(prEvents[0].id),
      mediaPartnerId: Number(mediaPartners[0].id),
      paymentPartnerId: Number(paymentPartners[0].id),
    };
    Object.assign(refs, {
      catalogs: [catalogA.id, catalogB.id],
      suppliers: suppliers.map((s) => s.id),
      products: products.map((p) => p.id),
      pr_events: prEvents.map((e) => e.id),
      media_partners: mediaPartners.map((m) => m.id),
      payment_partners: paymentPartners.map((p) => p.id),
      users: ROLES.map((role) => userIds[role]),
      member_tiers: tierIds,
      channel_topics: [Number((await createThrough(admin, 'channel_topics', validBody('channel_topics', withRefs))).id), Number((await createThrough(admin, 'channel_topics', validBody('channel_topics', withRefs))).id)],
      promotions: [Number((await createThrough(admin, 'promotions', validBody('promotions', withRefs))).id), Number((await createThrough(admin, 'promotions', validBody('promotions', withRefs))).id)],
    });
    await createRetailFixtures();
    for (const resource of RESOURCES) existing[resource] = await targetFor(resource, 'admin');
    refs.purchase_lists = [Number(existing.purchase_lists.id), Number((await targetFor('purchase_lists', 'admin')).id)];
    refs.after_sales = [Number(existing.after_sales.id), Number((await targetFor('after_sales', 'admin')).id)];
  });

  /**
   * As admin: two members, a pending order (for items), a paid one (for shipments), an item of a
   * paid order (for after-sales cases) and resolved tickets (for callbacks and reviews).
   */
  async function createRetailFixtures() {
    const admin = as('admin');
    const members = [await createThrough(admin, 'members', validBody('members', base)), await createThrough(admin, 'members', validBody('members', base))];
    base.memberId = Number(members[0].id);
    const pending = await createThrough(admin, 'orders', validBody('orders', base));
    const paid = await createThrough(admin, 'orders', validBody('orders', base));
    await createThrough(admin, 'order_items', { order_id: paid.id, product_id: base.productId, quantity: 1 });
    const pay = await admin.put(`/api/orders/${String(paid.id)}`).send({ status: 'paid' });
    expect(pay.status, JSON.stringify(pay.body)).toBe(200);
    base.pendingOrderId = Number(pending.id);
    base.paidOrderId = Number(paid.id);
    // Bought in bulk, so every after-sales case of the run may claim a unit of it.
    const bulkProduct = await createThrough(admin, 'products', { ...validBody('products', base), stock: 5000 });
    const bulkOrder = await createThrough(admin, 'orders', validBody('orders', base));
    const bulkItem = await createThrough(admin, 'order_items', { order_id: bulkOrder.id, product_id: bulkProduct.id, quantity: 1000 });
    const payBulk = await admin.put(`/api/orders/${String(bulkOrder.id)}`).send({ status: 'paid' });
    expect(payBulk.status, JSON.stringify(payBulk.body)).toBe(200);
    base.paidOrderItemId = Number(bulkItem.id);
    // Resolved tickets of the demo agent, for callbacks and reviews the agent may read.
    const resolvedTickets: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const ticket = await createThrough(admin, 'service_tickets', { ...validBody('service_tickets', base), assignee_id: userIds.customer_service });
      const resolve = await admin.put(`/api/service_tickets/${String(ticket.id)}`).send({ status: 'resolved' });
      expect(resolve.status, JSON.stringify(resolve.body)).toBe(200);
      resolvedTickets.push(Number(ticket.id));
    }
    base.resolvedTicketId = resolvedTickets[0];
    Object.assign(refs, {
      members: members.map((m) => Number(m.id)),
      orders: [base.pendingOrderId, base.paidOrderId],
      service_tickets: resolvedTickets,
    });
  }

  afterAll(async () => {
    await t?.close();
  });

  const draftLists = new Map<Role, number>();
  /** A draft purchase list the role may put items into: its own when the row rule applies. */
  async function draftListFor(role: Role): Promise<number> {
    const creator: Role = MATRIX.purchase_lists[role].ownDraftListsOnly ? role : 'admin';
    let id = draftLists.get(creator);
    if (id === undefined) {
      id = Number((await createThrough(as(creator), 'purchase_lists', validBody('purchase_lists', base))).id);
      draftLists.set(creator, id);
    }
    return id;
  }

  async function bodyFor(resource: ResourceName, role: Role): Promise<Row> {
    const purchaseListId = resource === 'purchase_list_items' ? await draftListFor(role) : undefined;
    // A link names its parent once: each body gets a parent of its own.
    const channelTopicId = resource === 'channel_topic_products' ? Number((await createThrough(as('admin'), 'channel_topics', validBody('channel_topics', base))).id) : undefined;
    const promotionId = resource === 'promotion_member_tiers' ? Number((await createThrough(as('admin'), 'promotions', validBody('promotions', base))).id) : undefined;
    if (resource === 'promotion_products') {
      // A product is in one promotion of a kind at a time: each body gets a product of its own.
      const product = await createThrough(as('admin'), 'products', validBody('products', base));
      return validBody(resource, { ...base, productId: Number(product.id), promotionId: refs.promotions?.[0] });
    }
    // A medium is invited to an event once: each body gets an event of its own.
    const prEventId = resource === 'pr_event_media' ? Number((await createThrough(as('admin'), 'pr_events', validBody('pr_events', base))).id) : base.prEventId;
    return withoutFields(validBody(resource, { ...base, purchaseListId, channelTopicId, promotionId, prEventId }), MATRIX[resource][role].readOnly ?? []);
  }

  /**
   * A fresh record the role's write would target: created by admin, except purchase lists under
   * the own-draft rule, which the role creates itself (admin then adds items to them).
   */
  async function targetFor(resource: ResourceName, role: Role): Promise<Row> {
    // Nobody creates price history through the API: a product's create writes its first row.
    if (resource === 'price_history') {
      const product = await createThrough(as('admin'), 'products', await bodyFor('products', 'admin'));
      const rows = await as('admin').get('/api/price_history').query({ filter: JSON.stringify({ product_id: product.id }) });
      return rows.body[0] as Row;
    }
    // Nor forecasts: a product's first month of sales writes them.
    if (resource === 'sales_forecasts') {
      const product = await createThrough(as('admin'), 'products', await bodyFor('products', 'admin'));
      await createThrough(as('admin'), 'sales', { product_id: product.id, month: '2026-10-01', units: 12, revenue: 240_000 });
      const rows = await as('admin').get('/api/sales_forecasts').query({ filter: JSON.stringify({ product_id: product.id, kind: 'forecast' }) });
      return rows.body[0] as Row;
    }
    // Nor the audit log: the newest entry will do (the product's create just above is one).
    if (resource === 'audit_log') {
      const rows = await as('admin').get('/api/audit_log').query({ range: '[0,0]', sort: '["id","DESC"]' });
      return rows.body[0] as Row;
    }
    const creator: Role = resource === 'purchase_lists' && MATRIX[resource][role].ownDraftListsOnly ? role : 'admin';
    const created = await createThrough(as(creator), resource, await bodyFor(resource, role));
    return readThrough(as('admin'), resource, created.id);
  }

  async function rowCount(resource: ResourceName): Promise<number> {
    // A refusal is itself logged (action forbidden): count the other entries.
    const rows = resource === 'audit_log' ? t.db(resource).whereNot('action', 'forbidden') : t.db(resource);
    const [{ count }] = await rows.count({ count: '*' });
    return Number(count);
  }

  const adminRead = (resource: ResourceName, id: unknown) => readThrough(as('admin'), resource, id);

  function schemaEntry(role: Role, resource: ResourceName): ResourceSchemaBody | undefined {
    return schemas[role].resources.find((entry) => entry.name === resource);
  }

  // ---------------------------------------------------------------------------------------------
  // One test per role x resource x action.
  // ---------------------------------------------------------------------------------------------

  async function checkList(resource: ResourceName, role: Role, allowed: boolean) {
    const response = await as(role).get(`/api/${resource}`).query({ range: '[0,4]' });
    if (!allowed) {
      expect(response.status).toBe(403);
      expect(Array.isArray(response.body)).toBe(false);
      return;
    }
    expect(response.status).toBe(200);
    expect(response.headers['content-range']).toMatch(new RegExp(`^${resource} (\\d+-\\d+|\\*)/\\d+$`));
    expect(Array.isArray(response.body)).toBe(true);
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body.length).toBeLessThanOrEqual(5);
  }

  async function checkShow(resource: ResourceName, role: Role, allowed: boolean) {
    const id = existing[resource].id;
    const response = await as(role).get(`/api/${resource}/${String(id)}`);
    expect(response.status).toBe(allowed ? 200 : 403);
    if (allowed) expect(response.body.id).toBe(id);
    else expect(response.body.id).toBeUndefined();
  }

  async function checkCreate(resource: ResourceName, role: Role, allowed: boolean) {
    const body = await bodyFor(resource, role);
    const before = await rowCount(resource);
    const response = await as(role).post(`/api/${resource}`).send(body);
    if (!allowed) {
      expect(response.status).toBe(403);
      expect(await rowCount(resource)).toBe(before);
      return;
    }
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.id).toEqual(expect.any(Number));
    expect(await rowCount(resource)).toBe(before + 1);
    const sent = Object.fromEntries(Object.entries(body).filter(([field]) => !isWriteOnly(resource, field)));
    expect(response.body).toMatchObject(sent);
  }

  async function checkEdit(resource: ResourceName, role: Role, allowed: boolean) {
    const target = await targetFor(resource, role);
    const field = editFieldFor(resource, role);
    const value = changedValue(kindOf(resource, field), target[field], refs);
    const response = await as(role).put(`/api/${resource}/${String(target.id)}`).send({ [field]: value });
    const stored = await adminRead(resource, target.id);
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body[field]).toEqual(value);
      expect(stored[field]).toEqual(value);
    } else {
      expect(response.status).toBe(403);
      expect(stored).toEqual(target);
    }
  }

  async function checkDelete(resource: ResourceName, role: Role, allowed: boolean) {
    const target = await targetFor(resource, role);
    const response = await as(role).delete(`/api/${resource}/${String(target.id)}`);
    const after = await as('admin').get(`/api/${resource}/${String(target.id)}`);
    if (allowed) {
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.id).toBe(target.id);
      expect(after.status).toBe(404);
    } else {
      expect(response.status).toBe(403);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(target);
    }
  }

  /** Export: the schema offers it exactly per the matrix, and the CSV route answers accordingly. */
  async function checkExport(resource: ResourceName, role: Role, allowed: boolean) {
    expect(schemaEntry(role, resource)?.actions.includes('export') ?? false).toBe(allowed);
    const response = await exportCsv(role, resource);
    expect(response.status).toBe(allowed ? 200 : 403);
    if (allowed) {
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(csvHeader(response.text)).toContain('id');
    } else {
      expect(response.headers['content-type']).not.toMatch(/^text\/csv/);
    }
  }

  function exportCsv(role: Role, resource: ResourceName) {
    return as(role).get(`/api/${resource}/export.csv`).buffer(true);
  }

  /** The column names of a CSV export (first line, byte-order mark removed). */
  function csvHeader(text: string): string[] {
    return text.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
  }

  const CHECKS: Record<Action, (resource: ResourceName, role: Role, allowed: boolean) => Promise<void>> = {
    list: checkList,
    show: checkShow,
    create: checkCreate,
    edit: checkEdit,
    delete: checkDelete,
    export: checkExport,
  };

  describe.each(resources)('%s', (resource) => {
    describe.each(ROLES)('as %s', (role) => {
      const cases = ACTIONS.map((action): [Action, string] => [action, allows(resource, role, action) ? 'allowed' : 'refused']);
      it.each(cases)('%s is %s', async (action, verdict) => {
        await CHECKS[action](resource, role, verdict === 'allowed');
      });

      it(`GET /api/schema describes ${resource} as the matrix says`, () => {
        const entry = schemaEntry(role, resource);
        const cell = MATRIX[resource][role];
        if (cell.actions.length === 0) {
          expect(entry).toBeUndefined();
          return;
        }
        expect(entry).toBeDefined();
        expect([...entry!.actions].sort()).toEqual([...cell.actions].sort());
        const fields = new Map(entry!.fields.map((field) => [field.name, field]));
        for (const hidden of hiddenFor(resource, role)) {
          expect(fields.has(hidden), `${hidden} in fields`).toBe(false);
          expect(entry!.listColumns, `${hidden} in listColumns`).not.toContain(hidden);
          expect(entry!.filters, `${hidden} in filters`).not.toContain(hidden);
          expect(entry!.sortable, `${hidden} in sortable`).not.toContain(hidden);
        }
        for (const name of readOnlyFieldsFor(resource, role)) {
          expect(fields.get(name)?.readOnly, `${name} readOnly`).toBe(true);
        }
        for (const name of writableFieldsFor(resource, role)) {
          expect(fields.get(name)?.readOnly, `${name} readOnly`).toBe(false);
        }
      });
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Hidden fields: invisible everywhere, and refusals that reveal nothing.
  // ---------------------------------------------------------------------------------------------

  const HIDDEN_CASES = resources.flatMap((resource) =>
    ROLES.flatMap((role) => hiddenFor(resource, role).map((field): [ResourceName, string, Role] => [resource, field, role])),
  );
  const NO_SUCH_FIELD = 'no_such_field';

  describe.each(HIDDEN_CASES)('%s: %s hidden from %s', (resource, field, role) => {
    const get = (query: Record<string, string>) => as(role).get(`/api/${resource}`).query(query);

    it('is absent from list and show', async () => {
      const list = await get({ range: '[0,49]' });
      expect(list.status).toBe(200);
      expect(list.body.length).toBeGreaterThan(0);
      for (const record of list.body as Row[]) expect(record).not.toHaveProperty(field);
      const one = await as(role).get(`/api/${resource}/${String(existing[resource].id)}`);
      expect(one.status).toBe(200);
      expect(one.body).toHaveProperty('id');
      expect(one.body).not.toHaveProperty(field);
    });

    it('is absent from the CSV export', async () => {
      const response = await exportCsv(role, resource);
      expect(response.status).toBe(200);
      const header = csvHeader(response.text);
      expect(header).toContain('id');
      expect(header).not.toContain(field);
    });

    // Only registered where the role may write; the spec has no such case today (every role with
    // hidden fields is read-only), so this stands ready for a matrix that grows one.
    if (canWrite(resource, role)) {
      it('is absent from create and update responses', async () => {
        const created = await as(role).post(`/api/${resource}`).send(withoutFields(await bodyFor(resource, role), [field]));
        expect(created.status).toBe(201);
        expect(created.body).not.toHaveProperty(field);
        const updated = await as(role).put(`/api/${resource}/${String(created.body.id)}`).send({});
        expect(updated.status).toBe(200);
        expect(updated.body).not.toHaveProperty(field);
      });
    }

    it('cannot be filtered on: same 400 whether rows match or not, and as for an unknown field', async () => {
      // A hidden field may be empty on the record (a user who never signed in): probe a value then.
      const matching = existing[resource][field] ?? '2026-11-27T00:00:00.000Z';
      const hit = await get({ filter: JSON.stringify({ [field]: matching }) });
      const miss = await get({ filter: JSON.stringify({ [field]: -987_654 }) });
      const unknown = await get({ filter: JSON.stringify({ [NO_SUCH_FIELD]: matching }) });
      expect(hit.status).toBe(400);
      expect(miss.status).toBe(400);
      expect(unknown.status).toBe(400);
      expect(hit.body).toEqual(miss.body);
      expect(withFieldNameReplaced(hit.body, field)).toBe(withFieldNameReplaced(unknown.body, NO_SUCH_FIELD));
    });

    it('cannot be range-filtered (_gte): same 400 whether rows match or not, and as for an unknown field', async () => {
      const hit = await get({ filter: JSON.stringify({ [`${field}_gte`]: 0 }) });
      const miss = await get({ filter: JSON.stringify({ [`${field}_gte`]: 999_999_999_999 }) });
      const unknown = await get({ filter: JSON.stringify({ [`${NO_SUCH_FIELD}_gte`]: 0 }) });
      expect(hit.status).toBe(400);
      expect(miss.status).toBe(400);
      expect(hit.body).toEqual(miss.body);
      expect(unknown.status).toBe(400);
      expect(withFieldNameReplaced(hit.body, field)).toBe(withFieldNameReplaced(unknown.body, NO_SUCH_FIELD));
    });

    it('cannot be sorted on: same 400 whether rows match or not, and as for an unknown field', async () => {
      const sort = JSON.stringify([field, 'ASC']);
      const hit = await get({ sort, filter: JSON.stringify({ id: existing[resource].id }) });
      const miss = await get({ sort, filter: JSON.stringify({ id: 999_999_999 }) });
      const unknown = await get({ sort: JSON.stringify([NO_SUCH_FIELD, 'ASC']) });
      expect(hit.status).toBe(400);
      expect(miss.status).toBe(400);
      expect(hit.body).toEqual(miss.body);
      expect(unknown.status).toBe(400);
      expect(withFieldNameReplaced(hit.body, field)).toBe(withFieldNameReplaced(unknown.body, NO_SUCH_FIELD));
    });

    it('cannot be written: 403 and nothing changes', async () => {
      const target = existing[resource];
      const current = await adminRead(resource, target.id);
      const value = changedValue(kindOf(resource, field), current[field], refs);
      const update = await as(role).put(`/api/${resource}/${String(target.id)}`).send({ [field]: value });
      expect(update.status).toBe(403);
      expect(await adminRead(resource, target.id)).toEqual(current);
      const before = await rowCount(resource);
      const create = await as(role).post(`/api/${resource}`).send({ ...(await bodyFor(resource, role)), [field]: value });
      expect(create.status).toBe(403);
      expect(await rowCount(resource)).toBe(before);
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Masked fields: seen in part everywhere, never queried nor written.
  // ---------------------------------------------------------------------------------------------

  const maskedFor = (resource: ResourceName, role: Role) => MATRIX[resource][role].masked ?? [];
  const MASKED_CASES = resources.flatMap((resource) =>
    ROLES.flatMap((role) => maskedFor(resource, role).map((field): [ResourceName, string, Role] => [resource, field, role])),
  );
  /** A mainland mobile number with all but its first 3 and last 4 digits hidden. */
  const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

  describe.each(MASKED_CASES)('%s: %s masked for %s', (resource, field, role) => {
    const get = (query: Record<string, string>) => as(role).get(`/api/${resource}`).query(query);

    it('is masked in list, show and the CSV export, and the schema calls it read-only', async () => {
      const whole = String(existing[resource][field]);
      const list = await get({ range: '[0,49]' });
      expect(list.status).toBe(200);
      for (const record of list.body as Row[]) expect(record[field]).toMatch(MASKED_PHONE);
      const one = await as(role).get(`/api/${resource}/${String(existing[resource].id)}`);
      expect(one.status).toBe(200);
      expect(one.body[field]).toMatch(MASKED_PHONE);
      const exported = await exportCsv(role, resource);
      expect(exported.status).toBe(200);
      expect(csvHeader(exported.text)).toContain(field);
      expect(exported.text).not.toContain(whole);
      expect(schemaEntry(role, resource)?.fields.find((entry) => entry.name === field)?.readOnly).toBe(true);
    });

    it('cannot be filtered, range-filtered or sorted on (400), nor found by search', async () => {
      const whole = String(existing[resource][field]);
      expect((await get({ filter: JSON.stringify({ [field]: whole }) })).status).toBe(400);
      expect((await get({ filter: JSON.stringify({ [`${field}_gte`]: whole }) })).status).toBe(400);
      expect((await get({ sort: JSON.stringify([field, 'ASC']) })).status).toBe(400);
      const search = await get({ filter: JSON.stringify({ q: whole }) });
      expect(search.status).toBe(200);
      expect((search.body as Row[]).map((r) => r.id)).not.toContain(existing[resource].id);
    });

    it('cannot be written: 403 and nothing changes', async () => {
      const target = existing[resource];
      const current = await adminRead(resource, target.id);
      const update = await as(role).put(`/api/${resource}/${String(target.id)}`).send({ [field]: changedValue(kindOf(resource, field), current[field], refs) });
      expect(update.status).toBe(403);
      expect(await adminRead(resource, target.id)).toEqual(current);
    });
  });

  if (holds('members')) describe('controls: the masked fields above are whole, and queryable, for the roles that keep them', () => {
    it.each(['customer_service', 'service_lead', 'admin'] as const)('%s reads, filters and finds a member by the whole phone', async (role) => {
      const { id, phone } = existing.members;
      expect(String(phone)).toMatch(/^1\d{10}$/);
      expect((await readThrough(as(role), 'members', id)).phone).toBe(phone);
      const exact = await as(role).get('/api/members').query({ filter: JSON.stringify({ phone }) });
      expect(exact.status).toBe(200);
      expect((exact.body as Row[]).map((r) => r.id)).toEqual([id]);
      const search = await as(role).get('/api/members').query({ filter: JSON.stringify({ q: phone }) });
      expect((search.body as Row[]).map((r) => r.id)).toContain(id);
    });
  });

  function withoutFields(body: Row, names: readonly string[]): Row {
    return Object.fromEntries(Object.entries(body).filter(([name]) => !names.includes(name)));
  }

  if (holds('payment_partners')) describe('controls: the fields hidden above are usable by a role that sees them', () => {
    // Without these, the 400s above could come from fields that nobody may filter or sort by.
    it('operations filters payment partners by fee_rate and fee_rate_gte', async () => {
      const { id, fee_rate } = existing.payment_partners;
      const exact = await as('operations').get('/api/payment_partners').query({ filter: JSON.stringify({ fee_rate, id }) });
      expect(exact.status).toBe(200);
      expect((exact.body as Row[]).map((r) => r.id)).toEqual([id]);
      const gte = await as('operations').get('/api/payment_partners').query({ filter: JSON.stringify({ fee_rate_gte: 0 }) });
      expect(gte.status).toBe(200);
      expect(gte.body.length).toBeGreaterThan(0);
    });

    it.each(['cost', 'margin'])('operations sorts products by %s', async (field) => {
      const response = await as('operations').get('/api/products').query({ sort: JSON.stringify([field, 'ASC']), range: '[0,9]' });
      expect(response.status).toBe(200);
      const values = (response.body as Row[]).map((r) => r[field] as number);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Read-only fields: a changed value is refused by name; the unchanged record goes through.
  // ---------------------------------------------------------------------------------------------

  const EDITORS = resources.flatMap((resource) => ROLES.filter((role) => allows(resource, role, 'edit')).map((role) => ({ resource, role })));
  const READ_ONLY_CASES = EDITORS.flatMap(({ resource, role }) =>
    readOnlyFieldsFor(resource, role).map((field): [Role, string, ResourceName] => [role, field, resource]),
  );

  describe('read-only fields', () => {
    it.each(READ_ONLY_CASES)('%s changing %s of %s gets 403 naming it, and nothing changes', async (role, field, resource) => {
      const target = await targetFor(resource, role);
      const seen = await readThrough(as(role), resource, target.id);
      const value = changedValue(kindOf(resource, field), seen[field], refs);
      const response = await as(role).put(`/api/${resource}/${String(target.id)}`).send({ [field]: value });
      expect(response.status).toBe(403);
      expect(response.body.errors).toHaveProperty(field);
      expect(await adminRead(resource, target.id)).toEqual(target);
    });

    it.each(EDITORS.map(({ resource, role }): [Role, ResourceName] => [role, resource]))(
      '%s may PUT a %s record back as received, read-only fields included',
      async (role, resource) => {
        const target = await targetFor(resource, role);
        const seen = await readThrough(as(role), resource, target.id);
        const response = await as(role).put(`/api/${resource}/${String(target.id)}`).send(seen);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        expect(response.body).toMatchObject(withoutFields(seen, ['updated_at', 'version']));
      },
    );
  });

  // ---------------------------------------------------------------------------------------------
  // Purchase lists: operations writes only its own drafts (and their items).
  // ---------------------------------------------------------------------------------------------

  if (holds('purchase_lists')) describe('purchase lists: the own-draft rule for operations (user ops)', () => {
    let othersDraft: Row; // procurement's draft
    let othersItem: Row;
    let ownDraft: Row;
    let ownItem: Row;
    let ownSubmitted: Row;
    let ownSubmittedItem: Row;

    const ops = () => as('operations');
    const listBody = () => validBody('purchase_lists', base);
    const itemBody = (listId: unknown) => validBody('purchase_list_items', { ...base, purchaseListId: Number(listId) });

    beforeAll(async () => {
      othersDraft = await createThrough(as('procurement'), 'purchase_lists', listBody());
      othersItem = await createThrough(as('procurement'), 'purchase_list_items', itemBody(othersDraft.id));
      ownDraft = await createThrough(ops(), 'purchase_lists', listBody());
      ownItem = await createThrough(ops(), 'purchase_list_items', itemBody(ownDraft.id));
      ownSubmitted = await createThrough(ops(), 'purchase_lists', listBody());
      ownSubmittedItem = await createThrough(ops(), 'purchase_list_items', itemBody(ownSubmitted.id));
      const submit = await as('admin').put(`/api/purchase_lists/${String(ownSubmitted.id)}`).send({ status: 'submitted' });
      expect(submit.status).toBe(200);
      ownSubmitted = submit.body as Row;
    });

    it('a list records its creator: procurement for procurement, ops for ops', () => {
      expect(othersDraft.created_by).toBe(userIds.procurement);
      expect(ownDraft.created_by).toBe(userIds.operations);
    });

    it('ops lists and shows every list, including drafts created by procurement', async () => {
      const drafts = await ops().get('/api/purchase_lists').query({ filter: JSON.stringify({ status: 'draft' }), range: '[0,999]' });
      expect(drafts.status).toBe(200);
      const ids = (drafts.body as Row[]).map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining([othersDraft.id, ownDraft.id]));
      expect(ids).not.toContain(ownSubmitted.id);
      const creators = new Set((drafts.body as Row[]).map((r) => r.created_by));
      expect(creators.has(userIds.procurement) && creators.has(userIds.operations)).toBe(true);
      expect((await ops().get(`/api/purchase_lists/${String(othersDraft.id)}`)).status).toBe(200);
      expect((await ops().get(`/api/purchase_lists/${String(ownSubmitted.id)}`)).status).toBe(200);
    });

    it("ops reads the items of someone else's list", async () => {
      const items = await ops().get('/api/purchase_list_items').query({ filter: JSON.stringify({ purchase_list_id: othersDraft.id }) });
      expect(items.status).toBe(200);
      expect((items.body as Row[]).map((r) => r.id)).toEqual([othersItem.id]);
      expect((await ops().get(`/api/purchase_list_items/${String(othersItem.id)}`)).status).toBe(200);
    });

    it('ops edits and deletes its own draft list', async () => {
      const edit = await ops().put(`/api/purchase_lists/${String(ownDraft.id)}`).send({ notes: '运营自己的草稿' });
      expect(edit.status).toBe(200);
      expect((await adminRead('purchase_lists', ownDraft.id)).notes).toBe('运营自己的草稿');
      const doomed = await createThrough(ops(), 'purchase_lists', listBody());
      const del = await ops().delete(`/api/purchase_lists/${String(doomed.id)}`);
      expect(del.status).toBe(200);
      expect(del.body.id).toBe(doomed.id);
      expect((await as('admin').get(`/api/purchase_lists/${String(doomed.id)}`)).status).toBe(404);
    });

    it.each([
      { which: 'its own submitted list', pick: () => ownSubmitted },
      { which: "procurement's draft list", pick: () => othersDraft },
    ])('ops may not edit or delete $which', async ({ pick }) => {
      const list = pick();
      const before = await adminRead('purchase_lists', list.id);
      const edit = await ops().put(`/api/purchase_lists/${String(list.id)}`).send({ notes: '不该改到' });
      expect(edit.status).toBe(403);
      const del = await ops().delete(`/api/purchase_lists/${String(list.id)}`);
      expect(del.status).toBe(403);
      expect(await adminRead('purchase_lists', list.id)).toEqual(before);
    });

    it('ops creates, edits and deletes items of its own draft list', async () => {
      const created = await ops().post('/api/purchase_list_items').send(itemBody(ownDraft.id));
      expect(created.status).toBe(201);
      const edit = await ops().put(`/api/purchase_list_items/${String(created.body.id)}`).send({ quantity: 7 });
      expect(edit.status).toBe(200);
      expect((await adminRead('purchase_list_items', created.body.id)).quantity).toBe(7);
      const del = await ops().delete(`/api/purchase_list_items/${String(created.body.id)}`);
      expect(del.status).toBe(200);
      expect(del.body.id).toBe(created.body.id);
      expect((await as('admin').get(`/api/purchase_list_items/${String(created.body.id)}`)).status).toBe(404);
    });

    it.each([
      { which: "procurement's draft list", pick: () => ({ list: othersDraft, item: othersItem }) },
      { which: 'its own submitted list', pick: () => ({ list: ownSubmitted, item: ownSubmittedItem }) },
    ])('ops may not create, edit or delete items of $which', async ({ pick }) => {
      const { list, item } = pick();
      const before = await rowCount('purchase_list_items');
      const create = await ops().post('/api/purchase_list_items').send(itemBody(list.id));
      expect(create.status).toBe(403);
      expect(await rowCount('purchase_list_items')).toBe(before);
      const stored = await adminRead('purchase_list_items', item.id);
      const edit = await ops().put(`/api/purchase_list_items/${String(item.id)}`).send({ quantity: Number(item.quantity) + 1 });
      expect(edit.status).toBe(403);
      const del = await ops().delete(`/api/purchase_list_items/${String(item.id)}`);
      expect(del.status).toBe(403);
      expect(await adminRead('purchase_list_items', item.id)).toEqual(stored);
    });

    it("ops may not move an item of its own draft into someone else's list", async () => {
      const before = await adminRead('purchase_list_items', ownItem.id);
      const move = await ops().put(`/api/purchase_list_items/${String(ownItem.id)}`).send({ purchase_list_id: othersDraft.id });
      expect(move.status).toBe(403);
      expect(await adminRead('purchase_list_items', ownItem.id)).toEqual(before);
    });

    it('created_by is set by the server: ops gets ops, whatever the body leaves out or sets to null', async () => {
      const plain = await createThrough(ops(), 'purchase_lists', listBody());
      expect(plain.created_by).toBe(userIds.operations);
      const withNull = await createThrough(ops(), 'purchase_lists', { ...listBody(), created_by: null });
      expect(withNull.created_by).toBe(userIds.operations);
    });

    it('a body naming another creator is refused (403 on created_by) and creates nothing', async () => {
      const before = await rowCount('purchase_lists');
      const response = await ops().post('/api/purchase_lists').send({ ...listBody(), created_by: userIds.procurement });
      expect(response.status).toBe(403);
      expect(response.body.errors).toHaveProperty('created_by');
      expect(await rowCount('purchase_lists')).toBe(before);
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Users: admin only; the password is write-only.
  // ---------------------------------------------------------------------------------------------

  if (holds('users')) describe('users and the write-only password', () => {
    const HASH_MARK = 'scrypt$';
    const expectNoSecret = (body: unknown) => {
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/"password(_hash)?"\s*:/);
      expect(text).not.toContain(HASH_MARK);
    };

    it('list, show, create, update and delete responses never carry password or password_hash', async () => {
      const admin = as('admin');
      const list = await admin.get('/api/users').query({ range: '[0,99]' });
      expect(list.status).toBe(200);
      expect(list.body.length).toBeGreaterThan(0);
      expectNoSecret(list.body);
      const body = validBody('users', base);
      const created = await admin.post('/api/users').send(body);
      expect(created.status).toBe(201);
      expectNoSecret(created.body);
      const shown = await admin.get(`/api/users/${String(created.body.id)}`);
      expect(shown.status).toBe(200);
      expectNoSecret(shown.body);
      const updated = await admin.put(`/api/users/${String(created.body.id)}`).send({ ...shown.body, password: 'a-new-long-password-2' });
      expect(updated.status).toBe(200);
      expectNoSecret(updated.body);
      const deleted = await admin.delete(`/api/users/${String(created.body.id)}`);
      expect(deleted.status).toBe(200);
      expectNoSecret(deleted.body);
    });

    it('the password sent on create is stored (the new user can sign in) though never returned', async () => {
      const body = validBody('users', base);
      const created = await createThrough(as('admin'), 'users', body);
      expectNoSecret(created);
      const login = await request(t.app).post('/api/auth/login').send({ username: body.username, password: body.password });
      expect(login.status).toBe(200);
      expectNoSecret(login.body);
    });

    it.each(ROLES)('GET /api/auth/me and the schema carry no secret for %s', async (role) => {
      const me = await as(role).get('/api/auth/me');
      expect(me.status).toBe(200);
      expectNoSecret(me.body);
      expect(JSON.stringify(schemas[role])).not.toContain(HASH_MARK);
      expect(JSON.stringify(schemas[role])).not.toContain('password_hash');
    });

    it('the CSV export of users has no password column and no hash', async () => {
      const response = await exportCsv('admin', 'users');
      expect(response.status).toBe(200);
      const header = csvHeader(response.text);
      expect(header).toContain('username');
      expect(header).not.toContain('password');
      expect(header).not.toContain('password_hash');
      expect(response.text).not.toContain(HASH_MARK);
    });

    it.each([
      { what: 'filter on password', query: { filter: JSON.stringify({ password: DEMO_PASSWORD }) } },
      { what: 'filter on password_like', query: { filter: JSON.stringify({ password_like: 'demo' }) } },
      { what: 'filter on password_hash_like', query: { filter: JSON.stringify({ password_hash_like: 'scrypt' }) } },
      { what: 'sort by password', query: { sort: JSON.stringify(['password', 'ASC']) } },
    ])('even admin gets 400 for a $what (no oracle on the secret)', async ({ query }) => {
      const response = await as('admin').get('/api/users').query(query);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toContain(HASH_MARK);
    });

    it('admin sees password in the schema as write-only and writable', () => {
      const password = schemaEntry('admin', 'users')?.fields.find((field) => field.name === 'password');
      expect(password).toMatchObject({ writeOnly: true, readOnly: false });
    });

    const readsAgents = (role: Role) => role !== 'admin' && MATRIX.users[role].actions.includes('list');

    it.each(ROLES.filter((role) => role !== 'admin' && !readsAgents(role)))('%s gets 403 on /api/users and on a user record', async (role) => {
      const list = await as(role).get('/api/users');
      expect(list.status).toBe(403);
      expectNoSecret(list.body);
      const one = await as(role).get(`/api/users/${String(userIds.admin)}`);
      expect(one.status).toBe(403);
      expect(one.body).not.toHaveProperty('username');
    });

    it.each(ROLES.filter(readsAgents))('%s reads only the customer service agents, without secrets', async (role) => {
      const list = await as(role).get('/api/users').query({ range: '[0,99]' });
      expect(list.status).toBe(200);
      expectNoSecret(list.body);
      expect(list.body.length).toBeGreaterThan(0);
      expect(new Set(list.body.map((user: Row) => user.role))).toEqual(new Set(['customer_service']));
      expect((await as(role).get(`/api/users/${String(userIds.admin)}`)).status).toBe(404);
      expect((await as(role).get(`/api/users/${String(userIds.service_lead)}`)).status).toBe(404);
      const exported = await exportCsv(role, 'users');
      expect(exported.text).not.toContain('password');
      expect(exported.text).not.toMatch(/,admin,/);
    });
  });
}
