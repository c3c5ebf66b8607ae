/**
 * The `aggregatedFrom` word: rows of a resource that the server computes as sums over another
 * resource's rows (monthly sales per product from completed order items), next to rows people
 * typed in (the months before the shop's orders were in the system). A marker field says which
 * is which; computed rows are the server's and nobody edits or deletes them.
 *
 * Pure: the vocabulary and its start-up checks. The SQL lives in server/data/aggregates.ts.
 *
 *   aggregatedFrom: {
 *     resource: 'order_items',                       // rows summed
 *     through: 'order_id',                           // their parent, which decides when they count
 *     when: { field: 'status', equals: 'completed' },// the parents that count
 *     keys: { product_id: { field: 'product_id' },   // a key copied from the summed row
 *             month: { monthOf: 'completed_at' } },   // the first day of the parent's date-time's month (shop time)
 *     sums: { units: 'quantity', revenue: 'line_total' },
 *     marker: { field: 'source', value: 'orders' },  // set on computed rows; other values are hand-entered
 *   }
 *
 * The keys must be exactly one of the resource's `uniqueTogether` sets: one computed row per key.
 * A key that gets computed figures takes over a hand-entered row with the same key (the orders are
 * the record once they exist); a computed row whose key has nothing left to sum is removed.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';



const SUMMABLE = ['integer', 'money'];

/** What is wrong with a definition's `aggregatedFrom`, as the registry reports problems. */
export function aggregatedFromProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const rule = def.aggregatedFrom;
  if (!rule) return [];
  const at = `${def.name}: aggregatedFrom`;
  const source = byName.get(rule.resource);
  if (!source) return [`${at} sums unknown resource "${rule.resource}"`];
  const parent = byName.get(source.fields[rule.through]?.reference ?? '');
  if (!parent) return [`${at} goes through "${rule.through}", which is not a reference of ${source.name}`];
  const problems: string[] = [];
  const own = (name: string): FieldDefinition | undefined => (Object.hasOwn(def.fields, name) ? def.fields[name] : undefined);
  const when = parent.fields[rule.when.field];
  if (when?.type !== 'enum' || !when.choices?.some((choice) => choice.id === rule.when.equals)) {
    problems.push(`${at} counts ${parent.name} whose "${rule.when.field}" is "${rule.when.equals}", which is not one of its choices`);
  }
  for (const [name, key] of Object.entries(rule.keys)) {
    const target = own(name);
    if (!target) problems.push(`${at} key "${name}" is not a field`);
    else if ('monthOf' in key) {
      if (parent.fields[key.monthOf]?.type !== 'datetime') problems.push(`${at} key "${name}" takes the month of "${key.monthOf}", not a date-time of ${parent.name}`);
      if (target.type !== 'date') problems.push(`${at} key "${name}" holds a month and must be a date`);
    } else {
      const from = source.fields[key.field];
      if (!from || from.type !== target.type || from.reference !== target.reference) problems.push(`${at} key "${name}" is not the same kind of field as ${source.name}.${key.field}`);
    }
  }
  const keyNames = Object.keys(rule.keys).sort().join(',');
  if (!(def.uniqueTogether ?? []).some((set) => [...set].sort().join(',') === keyNames)) {
    problems.push(`${at} keys (${keyNames}) must be one of its uniqueTogether sets`);
  }
  if (!Object.keys(rule.sums).length) problems.push(`${at} sums nothing`);
  for (const [name, from] of Object.entries(rule.sums)) {
    if (!SUMMABLE.includes(own(name)?.type ?? '') || !SUMMABLE.includes(source.fields[from]?.type ?? '')) {
      problems.push(`${at} sum "${name}" of "${from}" needs integer or money fields on both sides`);
    }
  }
  const marker = own(rule.marker.field);
  if (marker?.type !== 'enum' || !marker.readOnly || !marker.choices?.some((choice) => choice.id === rule.marker.value)) {
    problems.push(`${at} marker "${rule.marker.field}" must be a readOnly enum with the choice "${rule.marker.value}"`);
  } else if (marker.default === rule.marker.value) {
    problems.push(`${at} marker's default must be the hand-entered value, not "${rule.marker.value}"`);
  }
  return problems;
}

/** True when the record is one the server computed: refused to every role's edit and delete. */
export function isAggregatedRow(def: ResourceDefinition, record: Readonly<Record<string, unknown>>): boolean {
  return Boolean(def.aggregatedFrom) && record[def.aggregatedFrom!.marker.field] === def.aggregatedFrom!.marker.value;
}
