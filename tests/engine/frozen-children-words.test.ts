/** The words `closingStates`, `suggestedFrom` and `preferWhere`: registry checks, links and what the schema carries. */
import { describe, expect, it } from 'vitest';
import { closingLinks, frozenMessage } from '../../server/engine/closing-states.ts';
import type { FieldDefinition, ResourceDefinition } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resourceSchema } from '../../server/engine/schema.ts';
import { resources } from '../../server/resources/index.ts';

const byName = (name: string) => resources.find((def) => def.name === name)!;
const find = (name: string) => resources.find((def) => def.name === name);
const lists = byName('purchase_lists');
const items = byName('purchase_list_items');

/** The shipped definitions with one field of one resource replaced. */
function withField(resource: string, field: string, change: (field: FieldDefinition) => FieldDefinition): ResourceDefinition[] {
  return resources.map((def) => (def.name === resource ? { ...def, fields: { ...def.fields, [field]: change(def.fields[field]) } } : def));
}

describe('closingStates', () => {
  it('must name states of a workflow field', () => {
    expect(() => createRegistry(withField('purchase_lists', 'status', (f) => ({ ...f, closingStates: ['shipped'] })))).toThrow(
      /purchase_lists\.status: closingStates must name states of a workflow field/,
    );
    expect(() => createRegistry(withField('purchase_lists', 'status', (f) => ({ ...f, transitions: undefined, onEnter: undefined })))).toThrow(/closingStates/);
  });

  it('freezes records that belong to the parent, not plain references to it', () => {
    expect(closingLinks(items, find)).toEqual([{ field: 'purchase_list_id', parent: lists, workflow: 'status', states: ['received', 'cancelled'] }]);
    // The product reference is not a "belongs to": products are never frozen by a list.
    expect(closingLinks(byName('products'), find)).toEqual([]);
    const plain = { ...items, fields: { ...items.fields, purchase_list_id: { ...items.fields.purchase_list_id, onDelete: undefined } } };
    const noChildren = { ...lists, children: [] };
    expect(closingLinks(plain, (name) => (name === 'purchase_lists' ? noChildren : find(name)))).toEqual([]);
    expect(closingLinks(plain, find)).toHaveLength(1); // still listed among the parent's children
  });

  it('says why in both languages from the labels', () => {
    expect(frozenMessage(lists, 'status', 'received', items)).toEqual({
      en: 'This purchase list is received; its purchase list items can no longer be changed',
      zh: '采购清单已收货，采购明细不可再修改',
    });
  });
});

describe('suggestedFrom and preferWhere', () => {
  it('must name fields of the referenced records', () => {
    expect(() => createRegistry(withField('purchase_list_items', 'unit_cost', (f) => ({ ...f, suggestedFrom: { reference: 'product_id', field: 'stock' } })))).toThrow(
      /unit_cost: suggestedFrom names no money field "stock"/,
    );
    expect(() =>
      createRegistry(withField('purchase_list_items', 'product_id', (f) => ({ ...f, preferWhere: { field: 'catalog_id', through: 'purchase_list_id', parentField: 'supplier_id' } }))),
    ).toThrow(/product_id: preferWhere needs/);
  });
});

describe('the schema', () => {
  const schemaOf = (def: ResourceDefinition, role: 'procurement' | 'operations', all = resources) =>
    resourceSchema(def, role, () => true, { find: (name) => all.find((d) => d.name === name) });
  const field = (def: ResourceDefinition, name: string, role: 'procurement' | 'operations' = 'procurement', all = resources) =>
    schemaOf(def, role, all).fields.find((f) => f.name === name)!;

  it('carries the closing states and what entering a state does, with the labels of the sentence', () => {
    const status = field(lists, 'status');
    expect(status.closingStates).toEqual(['received', 'cancelled']);
    expect(status.onEnter).toEqual({
      received: {
        resource: 'purchase_list_items',
        foreignKey: 'purchase_list_id',
        children: items.label,
        amount: { en: 'Quantity', zh: '数量' },
        target: { en: 'Product', zh: '商品' },
        field: { en: 'Stock', zh: '库存' },
      },
    });
  });

  it('offers the suggestion only to roles that may read the source field', () => {
    expect(field(items, 'unit_cost').suggestedFrom).toEqual({ reference: 'product_id', field: 'cost' });
    const products = byName('products');
    const costHidden = resources.map((def) =>
      def === products ? { ...def, access: { ...def.access, procurement: { actions: def.access.procurement!.actions, hidden: ['cost', 'margin'] } } } : def,
    );
    expect(field(items, 'unit_cost', 'procurement', costHidden).suggestedFrom).toBeUndefined();
    expect(field(items, 'product_id').preferWhere).toEqual({ field: 'supplier_id', through: 'purchase_list_id', parentField: 'supplier_id' });
  });
});
