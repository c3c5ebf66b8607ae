/**
 * The words behind orders and shipments: copiedFrom `once`, `openWhile`, `editableWhile`,
 * onEnter `subtract`/`from` and `movesParent`: each one's registry check and its pure rule.
 */
import { describe, expect, it } from 'vitest';
import { closingLinks } from '../../server/engine/closing-states.ts';
import { copiesOnThisWrite, copyFallback } from '../../server/engine/copied-from.ts';
import type { FieldDefinition, ResourceDefinition } from '../../server/engine/definition.ts';
import { checkEditableWhile, lockedFields } from '../../server/engine/editable-while.ts';
import type { ApiError } from '../../server/engine/errors.ts';
import { english } from '../helpers/english.ts';
import { parentMayMove, parentMovesFor } from '../../server/engine/moves-parent.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { amountsByTarget, effectsEntered, needsChildrenMessage } from '../../server/engine/state-effects.ts';
import { resources } from '../../server/resources/index.ts';

const byName = (name: string) => resources.find((def) => def.name === name)!;
const find = (name: string) => resources.find((def) => def.name === name);
const orders = byName('orders');
const items = byName('order_items');
const shipments = byName('shipments');

function withField(resource: string, field: string, change: (field: FieldDefinition) => FieldDefinition): ResourceDefinition[] {
  return resources.map((def) => (def.name === resource ? { ...def, fields: { ...def.fields, [field]: change(def.fields[field]) } } : def));
}

describe('copiedFrom once', () => {
  const unitPrice = items.fields.unit_price;
  it('copies on create and when the reference changes, not on other writes', () => {
    expect(copiesOnThisWrite(unitPrice, { product_id: 3, quantity: 1 }, {})).toBe(true);
    expect(copiesOnThisWrite(unitPrice, { quantity: 2 }, { id: 1, product_id: 3 })).toBe(false);
    expect(copiesOnThisWrite(unitPrice, { product_id: 3 }, { id: 1, product_id: 3 })).toBe(false);
    expect(copiesOnThisWrite(unitPrice, { product_id: 4 }, { id: 1, product_id: 3 })).toBe(true);
    // A plain snapshot copies on every write.
    expect(copiesOnThisWrite({ ...unitPrice, copiedFrom: { reference: 'product_id', field: 'price' } }, { quantity: 2 }, { id: 1 })).toBe(true);
  });
  it('takes the default from nothing', () => {
    expect(copyFallback(orders.fields.tier_discount)).toBe(0);
    expect(copyFallback(unitPrice)).toBeNull();
  });
  it('cannot also follow its source', () => {
    expect(() => createRegistry(withField('order_items', 'unit_price', (f) => ({ ...f, copiedFrom: { ...f.copiedFrom!, follow: true } })))).toThrow(
      /order_items\.unit_price: copiedFrom cannot be both "once" and "follow"/,
    );
  });
});

describe('openWhile', () => {
  it("closes an order's items in every state but pending, and leaves its shipments open", () => {
    expect(closingLinks(items, find)).toEqual([
      { field: 'order_id', parent: orders, workflow: 'status', states: ['paid', 'shipped', 'delivered', 'completed', 'cancelled'] },
    ]);
    expect(closingLinks(shipments, find)).toEqual([]);
  });
  it('must sit on a reference and name states of a workflow field over there', () => {
    const bad = (openWhile: FieldDefinition['openWhile']) => () => createRegistry(withField('order_items', 'order_id', (f) => ({ ...f, openWhile })));
    expect(bad({ field: 'status', states: ['draft'] })).toThrow(/order_items\.order_id: openWhile must name states/);
    expect(bad({ field: 'code', states: ['pending'] })).toThrow(/openWhile/);
    expect(bad({ field: 'status', states: [] })).toThrow(/openWhile/);
    expect(() => createRegistry(withField('order_items', 'quantity', (f) => ({ ...f, openWhile: { field: 'status', states: ['pending'] } })))).toThrow(
      /order_items\.quantity: openWhile/,
    );
  });
});

describe('editableWhile', () => {
  it("locks the fields the order's state settles, naming the state", () => {
    expect(Object.keys(lockedFields(orders, { status: 'pending' }))).toEqual([]);
    const paid = { en: 'Paid', zh: '已付款' };
    expect(lockedFields(orders, { status: 'paid' })).toEqual({ member_id: paid, shipping_fee: paid, media_partner_id: paid });
    expect(Object.keys(lockedFields(orders, { status: 'shipped' }))).toContain('shipping_address');
  });
  it('refuses a change of a locked field with 409 on it, and lets unchanged values pass', () => {
    const existing = { status: 'paid', shipping_fee: 0, notes: null };
    expect(() => checkEditableWhile(orders, existing, { shipping_fee: 0, notes: 'x' })).not.toThrow();
    expect(() => checkEditableWhile(orders, existing, { shipping_fee: 500 })).toThrow(expect.objectContaining({ status: 409 }));
    try {
      checkEditableWhile(orders, existing, { shipping_fee: 500 });
    } catch (error) {
      expect(english((error as ApiError).errors)).toEqual({ shipping_fee: 'Cannot be changed while the order is paid' });
    }
  });
  it('must name states of a workflow field of the record', () => {
    expect(() => createRegistry(withField('orders', 'notes', (f) => ({ ...f, editableWhile: { field: 'status', states: ['lost'] } })))).toThrow(
      /orders\.notes: editableWhile must name states/,
    );
    expect(() => createRegistry(withField('orders', 'notes', (f) => ({ ...f, editableWhile: { field: 'code', states: ['pending'] } })))).toThrow(/editableWhile/);
  });
});

describe('onEnter subtract and from', () => {
  it('pays out of stock, and gives back only what a paid order took', () => {
    expect(effectsEntered(orders, { status: 'pending' }, { status: 'paid' }).map((e) => e.addChildren.subtract)).toEqual([true]);
    expect(effectsEntered(orders, { status: 'paid' }, { status: 'cancelled' })).toHaveLength(1);
    expect(effectsEntered(orders, { status: 'pending' }, { status: 'cancelled' })).toEqual([]);
    expect(effectsEntered(orders, { status: 'paid' }, { status: 'paid' })).toEqual([]);
  });
  it('sums each target and signs a subtraction', () => {
    const effect = orders.fields.status.onEnter!.paid.addChildren!;
    const children = [
      { product_id: 1, quantity: 2 },
      { product_id: 2, quantity: 1 },
      { product_id: 1, quantity: 3 },
    ];
    expect([...amountsByTarget(effect, children)]).toEqual([
      [1, -5],
      [2, -1],
    ]);
    expect([...amountsByTarget({ ...effect, subtract: undefined }, children)]).toEqual([
      [1, 5],
      [2, 1],
    ]);
  });
  it('checks that from names other states of the field, and that a subtraction is of numbers', () => {
    const withEffect = (onEnter: FieldDefinition['onEnter']) => () => createRegistry(withField('orders', 'status', (f) => ({ ...f, onEnter })));
    const stock = orders.fields.status.onEnter!.paid.addChildren!;
    expect(withEffect({ cancelled: { addChildren: stock, from: ['lost'] } })).toThrow(/orders\.status: onEnter "cancelled" comes from unknown states/);
    expect(withEffect({ cancelled: { addChildren: stock, from: ['cancelled'] } })).toThrow(/comes from unknown states/);
    expect(withEffect({ paid: { addChildren: { ...stock, field: 'name' } } })).toThrow(/onEnter "paid" subtracts from or by something that is not a number/);
  });
});

describe('onEnter needsChildren', () => {
  it('asks for an item before payment, in a sentence naming both and the state', () => {
    expect(orders.fields.status.onEnter!.paid.needsChildren).toEqual({ resource: 'order_items', foreignKey: 'order_id' });
    expect(english(needsChildrenMessage(orders, items, 'status', 'paid'))).toBe('An order needs at least one order item to be Paid');
  });
  it('must name a reference of the child to this resource', () => {
    const withNeeds = (needsChildren: { resource: string; foreignKey: string }) => () =>
      createRegistry(withField('orders', 'status', (f) => ({ ...f, onEnter: { ...f.onEnter, paid: { ...f.onEnter!.paid, needsChildren } } })));
    expect(withNeeds({ resource: 'order_items', foreignKey: 'product_id' })).toThrow(/onEnter "paid" needsChildren names no reference of order_items to orders/);
    expect(withNeeds({ resource: 'nothing', foreignKey: 'order_id' })).toThrow(/needsChildren/);
  });
});

describe('movesParent', () => {
  it('asks the order to ship when a shipment is created, and to deliver when it is delivered', () => {
    expect(parentMovesFor(shipments, {}, { status: 'ready', order_id: 7 })).toEqual([{ reference: 'order_id', parent: 'orders', field: 'status', to: 'shipped' }]);
    expect(parentMovesFor(shipments, { status: 'in_transit' }, { status: 'delivered', order_id: 7 })).toEqual([
      { reference: 'order_id', parent: 'orders', field: 'status', to: 'delivered' },
    ]);
    expect(parentMovesFor(shipments, { status: 'ready' }, { status: 'in_transit', order_id: 7 })).toEqual([]);
    expect(parentMovesFor(shipments, { status: 'delivered' }, { status: 'delivered', order_id: 7 })).toEqual([]);
  });
  it("moves the parent only along its own transitions", () => {
    expect(parentMayMove(orders, 'status', 'paid', 'shipped')).toBe(true);
    expect(parentMayMove(orders, 'status', 'shipped', 'shipped')).toBe(false);
    expect(parentMayMove(orders, 'status', 'pending', 'shipped')).toBe(false);
    expect(parentMayMove(orders, 'status', 'completed', 'delivered')).toBe(false);
  });
  it('must name a reference and states of workflow fields on both sides', () => {
    const bad = (movesParent: FieldDefinition['movesParent']) => () => createRegistry(withField('shipments', 'status', (f) => ({ ...f, movesParent })));
    expect(bad({ reference: 'order_id', field: 'status', on: { ready: 'lost' } })).toThrow(/shipments\.status: movesParent must name/);
    expect(bad({ reference: 'order_id', field: 'status', on: { gone: 'shipped' } })).toThrow(/movesParent/);
    expect(bad({ reference: 'carrier', field: 'status', on: { ready: 'shipped' } })).toThrow(/movesParent/);
    expect(bad({ reference: 'order_id', field: 'code', on: { ready: 'shipped' } })).toThrow(/movesParent/);
  });
});
