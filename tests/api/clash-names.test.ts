/**
 * A clash names the other record only to a writer who may read it. The clash itself tells that a
 * record holds the values (uniqueTogether) or the period (exclusive), so that much is said; its
 * id and name are not, when the writer's row rule hides it. No code resource combines these words
 * with a row rule today, so the test widens two definitions in a registry of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceDefinition, RowRule } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { DEFAULT_SHOP_TIME_ZONE } from '../../server/engine/shop-time.ts';
import { createRecord } from '../../server/data/records.ts';
import type { RecordContext } from '../../server/data/context.ts';
import { resources } from '../../server/resources/index.ts';
import { english } from '../helpers/english.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

/** Operations reading only the rows `rule` lets through. */
const operationsRead = (def: ResourceDefinition, rule: RowRule): ResourceDefinition => ({
  ...def,
  access: { ...def.access, operations: { ...def.access.operations!, readRows: rule } },
});
const VISIBLE_PROMOTION = '看得见的促销';
/** Saved views unique per list and name across users; slots read on the home page only; one promotion read. */
const widened = (def: ResourceDefinition): ResourceDefinition => {
  if (def.name === 'saved_views') return { ...def, uniqueTogether: [['resource', 'name']] };
  if (def.name === 'display_slots') return operationsRead(def, { where: { page: 'home' } });
  if (def.name === 'promotions') return operationsRead(def, { where: { name: VISIBLE_PROMOTION } });
  return def;
};
const registry = createRegistry(resources.map(widened));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A record context for the first demo user of `role`. */
async function as(role: string): Promise<RecordContext> {
  const row = await t.db('users').where('role', role).orderBy('id').first('id', 'username', 'full_name');
  const user = { id: Number(row.id), username: row.username, fullName: row.full_name, role, locale: 'en', theme: null } as RecordContext['user'];
  return { db: t.db, registry, user, timeZone: DEFAULT_SHOP_TIME_ZONE };
}

/** The 409's field errors of a create that must clash, as an English reader gets them. */
async function clashOf(ctx: RecordContext, resource: string, body: Record<string, unknown>): Promise<Record<string, string>> {
  const error = await createRecord(ctx, registry.get(resource), body).then(
    () => undefined,
    (refusal: { status?: number; errors?: Record<string, string> }) => refusal,
  );
  expect(error?.status).toBe(409);
  return english(error!.errors!);
}

describe('uniqueTogether', () => {
  it("names the holder (#id) to a writer who reads it, and only the values to one whose row rule hides it", async () => {
    const [marketing, operations] = [await as('marketing'), await as('operations')];
    const view = { resource: 'products', name: '本周重点', per_page: 25 };
    const mine = await createRecord(marketing, registry.get('saved_views'), view);

    const toOwner = await clashOf(marketing, 'saved_views', view);
    expect(toOwner.name).toBe(`List + Name products / 本周重点 already has a record (#${mine.id})`);
    const toOther = await clashOf(operations, 'saved_views', view);
    expect(toOther.name).toBe('List + Name products / 本周重点 already has a record');
  });
});

describe('exclusive', () => {
  it('names the overlapping slot to a writer who reads it, and only its dates to one who does not', async () => {
    const [admin, operations] = [await as('admin'), await as('operations')];
    const slot = { title: '藏起来的横幅', product_id: 1, page_catalog_id: 4, position: 'banner', starts_at: '2032-03-01T10:00', ends_at: '2032-03-08T10:00' };
    const stored = await createRecord(admin, registry.get('display_slots'), slot);
    const again = { ...slot, title: '另一个横幅', starts_at: '2032-03-07T00:00', ends_at: '2032-03-10T00:00' };

    const dates = '2032-03-01 10:00 – 2032-03-08 10:00';
    expect((await clashOf(admin, 'display_slots', again)).starts_at).toBe(`Overlaps display slot "藏起来的横幅" (#${stored.id}, ${dates})`);
    const hidden = await clashOf(operations, 'display_slots', again);
    expect(hidden.starts_at).toBe(`Overlaps display slot (${dates})`);
    expect(JSON.stringify(hidden)).not.toMatch(/藏起来|#/);
  });
});

describe('exclusive links', () => {
  it('names the other promotion to a writer who reads it, and only its dates to one who does not', async () => {
    const [admin, operations] = [await as('admin'), await as('operations')];
    const promotion = (name: string, from: string, to: string) =>
      createRecord(admin, registry.get('promotions'), { name, kind: 'product', discount_type: 'percent', discount_value: 1000, starts_at: `${from}T00:00`, ends_at: `${to}T00:00` });
    const hidden = await promotion('看不见的促销', '2032-05-01', '2032-05-10');
    const visible = await promotion(VISIBLE_PROMOTION, '2032-05-05', '2032-05-15');
    await createRecord(admin, registry.get('promotion_products'), { promotion_id: hidden.id, product_id: 1 });
    const link = { promotion_id: visible.id, product_id: 1 };

    expect((await clashOf(admin, 'promotion_products', link)).product_id).toBe('Already in "看不见的促销" (2032-05-01 00:00 – 2032-05-10 00:00)');
    const toOperations = await clashOf(operations, 'promotion_products', link);
    expect(toOperations.product_id).toBe('Already in another one (2032-05-01 00:00 – 2032-05-10 00:00)');
    expect(JSON.stringify(toOperations)).not.toMatch(/看不见|#/);
  });
});
