/**
 * The audit log as the admin reads it: the schema names resources by their labels and offers
 * the tabs; the tabs' filters separate record changes from sign-ins and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // One of each kind: a sign-in (signing in), a change, a refusal.
  const ops = await t.signIn('ops');
  const [product] = (await ops.get('/api/products').query({ range: '[0,0]' })).body;
  expect((await ops.put(`/api/products/${product.id}`).send({ ...product, stock: product.stock + 1 })).status).toBe(200);
  expect((await ops.get('/api/users')).status).toBe(403);
});
afterAll(() => t.close());

type Tab = { id: string; filter: Record<string, unknown> };

async function auditSchema() {
  const schema = (await (await t.signIn('admin')).get('/api/schema')).body;
  return schema.resources.find((r: { name: string }) => r.name === 'audit_log');
}

describe('audit log', () => {
  it('the schema offers resources by their labels and tabs, record changes first', async () => {
    const log = await auditSchema();
    const resource = log.fields.find((f: { name: string }) => f.name === 'resource');
    expect(resource.type).toBe('enum');
    expect(resource.choices).toContainEqual({ id: 'purchase_list_items', label: { en: 'Purchase list items', zh: '采购明细' } });
    expect(log.fields.find((f: { name: string }) => f.name === 'record_id').recordOf).toBe('resource');
    expect(log.listTabs.map((tab: Tab) => tab.id)).toEqual(['changes', 'sign_ins', 'refusals', 'all']);
  });

  it("each tab's filter is a list the server answers, and no kind falls between them", async () => {
    const admin = await t.signIn('admin');
    const tabs: Tab[] = (await auditSchema()).listTabs;
    const actions = async (filter: Record<string, unknown>) => {
      const res = await admin.get('/api/audit_log').query({ filter: JSON.stringify(filter), range: '[0,999]' });
      expect(res.status).toBe(200);
      return new Set((res.body as { action: string }[]).map((entry) => entry.action));
    };
    const [changes, signIns, refusals, all] = await Promise.all(tabs.map((tab) => actions(tab.filter)));
    expect(changes.has('update')).toBe(true);
    expect([...changes].some((action) => action.startsWith('sign_in') || action === 'forbidden')).toBe(false);
    expect(signIns.has('sign_in')).toBe(true);
    expect([...signIns].every((action) => action.startsWith('sign_in'))).toBe(true);
    expect([...refusals]).toEqual(['forbidden']);
    expect([...all].every((action) => changes.has(action) || signIns.has(action) || refusals.has(action))).toBe(true);
  });

  it('filters by a resource by its name, as the labelled choice sends it', async () => {
    const res = await (await t.signIn('admin')).get('/api/audit_log').query({ filter: JSON.stringify({ resource: 'products' }), range: '[0,99]' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect((res.body as { resource: string }[]).every((entry) => entry.resource === 'products')).toBe(true);
  });
});
