/**
 * The words behind merchandising: exactlyOne/atMostOne, notBefore, sequenceWithin, exclusive on
 * a record's own fields and bestOffer: each one's registry check and its pure rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseOffer, offerOpen, offerWorth } from '../../server/engine/best-offer.ts';
import type { ResourceDefinition } from '../../server/engine/definition.ts';
import { oneOfErrors } from '../../server/engine/one-of.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { nextPlace, sequenceFields } from '../../server/engine/sequence.ts';
import { validateWrite } from '../../server/engine/validate.ts';
import { pageKey, showsUnavailableProduct } from '../../server/resources/display-slots.ts';
import { resources } from '../../server/resources/index.ts';
import { refusalOf } from '../helpers/refusal.ts';
import { english } from '../helpers/english.ts';

const byName = (name: string) => resources.find((def) => def.name === name)!;
const slots = byName('display_slots');
const orders = byName('orders');
const rule = orders.bestOffer!;

function replaced(name: string, change: (def: ResourceDefinition) => ResourceDefinition): ResourceDefinition[] {
  return resources.map((def) => (def.name === name ? change(def) : def));
}

describe('exactlyOne and atMostOne', () => {
  it('accepts one target and names every field of the group for none or two', () => {
    expect(oneOfErrors(slots, { product_id: 1 })).toEqual({});
    const none = oneOfErrors(slots, {});
    expect(Object.keys(none)).toEqual(['product_id', 'promotion_id', 'channel_topic_id']);
    expect(english(none.promotion_id)).toBe('Set exactly one of Product, Promotion, Channel topic (none is set)');
    expect(english(oneOfErrors(slots, { product_id: 1, promotion_id: 2 }).channel_topic_id)).toBe('Set exactly one of Product, Promotion, Channel topic (2 are set)');
  });
  it('lets a page be neither (home) but not both', () => {
    expect(oneOfErrors(slots, { product_id: 1, page_catalog_id: null, page_topic_id: null })).toEqual({});
    expect(english(oneOfErrors(slots, { product_id: 1, page_catalog_id: 3, page_topic_id: 4 }).page_catalog_id)).toMatch(/at most one of Catalog page, Topic page/);
  });
  it('refuses a group of one field, or a required one', () => {
    expect(() => createRegistry(replaced('display_slots', (def) => ({ ...def, exactlyOne: [['product_id']] })))).toThrow(/at least two fields/);
    expect(() => createRegistry(replaced('display_slots', (def) => ({ ...def, atMostOne: [['title', 'note']] })))).toThrow(/required or read-only fields: title/);
  });
});

describe('notBefore', () => {
  const topics = byName('channel_topics');
  const write = (body: Record<string, unknown>) => () => validateWrite(topics, 'operations', { mode: 'create', body, timeZone: 'Asia/Shanghai' } as never);
  it('takes an end on the start day and refuses one before it', () => {
    expect(write({ title: '专题', starts_on: '2031-01-02', ends_on: '2031-01-02' })).not.toThrow();
    expect(english(refusalOf(write({ title: '专题', starts_on: '2031-01-02', ends_on: '2031-01-01' })).errors)).toEqual({ ends_on: 'Must not be before Starts on' });
  });
  it('must name a field', () => {
    expect(() => createRegistry(replaced('channel_topics', (def) => ({ ...def, fields: { ...def.fields, ends_on: { ...def.fields.ends_on, notBefore: 'nope' } } })))).toThrow(/"notBefore" names unknown field/);
  });
});

describe('sequenceWithin', () => {
  it('places a topic product within its topic, after the last', () => {
    expect(sequenceFields(byName('channel_topic_products'))).toEqual([{ field: 'position', within: 'channel_topic_id' }]);
    expect([nextPlace(null), nextPlace(4)]).toEqual([1, 5]);
  });
  it('needs an optional integer counted within a reference', () => {
    const links = (position: object) => replaced('channel_topic_products', (def) => ({ ...def, fields: { ...def.fields, position: { ...def.fields.position, ...position } } }));
    expect(() => createRegistry(links({ sequenceWithin: 'note' }))).toThrow(/sequenceWithin must name a reference field/);
    expect(() => createRegistry(links({ required: true }))).toThrow(/sequenceWithin needs an optional integer field/);
  });
});

describe('exclusive on a record of its own', () => {
  it('names fields of the record itself, and a key only with a parent', () => {
    expect(() => createRegistry(replaced('display_slots', (def) => ({ ...def, exclusive: { same: ['page', 'shelf'], period: ['starts_at', 'ends_at'] } })))).toThrow(
      /exclusive names unknown fields of display_slots: shelf/,
    );
    expect(() => createRegistry(replaced('display_slots', (def) => ({ ...def, exclusive: { ...def.exclusive!, key: 'product_id' } })))).toThrow(/both a key and a parent, or neither/);
  });
});

describe('display slots: page key and flag', () => {
  it('keys the page as home, catalog:<id> or topic:<id>', () => {
    expect([pageKey({}), pageKey({ page_catalog_id: 3 }), pageKey({ page_topic_id: 9 })]).toEqual(['home', 'catalog:3', 'topic:9']);
  });
  it('flags a product off sale or out of stock, never a promotion or topic', () => {
    expect(showsUnavailableProduct({ product_id: 1, product_status: 'active', product_stock: 3 })).toBe(false);
    expect(showsUnavailableProduct({ product_id: 1, product_status: 'active', product_stock: 0 })).toBe(true);
    expect(showsUnavailableProduct({ product_id: 1, product_status: 'discontinued', product_stock: 9 })).toBe(true);
    expect(showsUnavailableProduct({ promotion_id: 1 })).toBe(false);
  });
});

describe('bestOffer', () => {
  const items = [
    { product_id: 1, line_total: 10_000 },
    { product_id: 2, line_total: 30_000 },
  ];
  const percent = (id: number, bp: number) => ({ id, discount_type: 'percent', discount_value: bp });
  const amount = (id: number, fen: number) => ({ id, discount_type: 'amount', discount_value: fen });

  it('takes the saving from the fitting items only, never more than they cost', () => {
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[2], []] }, items, [null, 7])).toBe(3_000);
    expect(offerWorth(rule, { offer: amount(1, 50_000), links: [[1], []] }, items, [null, 7])).toBe(10_000);
  });
  it('needs a product of the order, and a tier of the member unless the offer names none', () => {
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[], []] }, items, [null, 7])).toBeNull();
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[3], []] }, items, [null, 7])).toBeNull();
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[1], [8]] }, items, [null, 7])).toBeNull();
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[1], [7, 8]] }, items, [null, 7])).toBe(1_000);
    expect(offerWorth(rule, { offer: percent(1, 1000), links: [[1], [7]] }, items, [null, null])).toBeNull();
  });
  it('chooses the largest saving, the lower id on a tie, and nothing when none fits', () => {
    const candidates = [
      { offer: amount(5, 2_000), links: [[1, 2], []] },
      { offer: percent(4, 500), links: [[1, 2], []] },
      { offer: percent(9, 5000), links: [[2], [8]] },
    ];
    expect(chooseOffer(rule, candidates, items, [null, 7])).toEqual({ id: 4, amount: 2_000 });
    expect(chooseOffer(rule, candidates, items, [null, 8])).toEqual({ id: 9, amount: 15_000 });
    expect(chooseOffer(rule, [], items, [null, 8])).toEqual({ id: null, amount: 0 });
  });
  it('is chosen while the order is pending only', () => {
    expect([offerOpen(rule, { status: 'pending' }), offerOpen(rule, { status: 'paid' })]).toEqual([true, false]);
  });
  it('checks its fields, links and paths when definitions load', () => {
    const broken = (change: object) => replaced('orders', (def) => ({ ...def, bestOffer: { ...rule, ...change } }));
    expect(() => createRegistry(broken({ amount: 'subtotal' }))).toThrow(/bestOffer.amount must be a read-only money field/);
    expect(() => createRegistry(broken({ matches: [{ ...rule.matches[1], value: 'member_id.nope' }] }))).toThrow(/bestOffer path "member_id.nope" names no field "nope"/);
    expect(() => createRegistry(broken({ items: { ...rule.items, foreignKey: 'product_id' } }))).toThrow(/bestOffer.items must be a child resource/);
  });
});
