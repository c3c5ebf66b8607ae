/**
 * The `rollup` word: a parent's field kept equal to an aggregate over its live children (a PR
 * event's clippings, an order's subtotal, a member's points, paid orders and latest order).
 * Pure: the rule and its definition checks; server/data/write-checks.ts (`refreshRollups`) and
 * server/data/rollup-refresh.ts run it.
 */
import { matchesConditions } from './conditions.ts';
import type { FieldDefinition, ResourceDefinition, RollupRule } from './definition.ts';


type Row = Record<string, unknown>;

/** What a parent holds with no counted child: 0 for a sum, empty for a max. */
export function emptyRollup(rule: RollupRule): number | null {
  return rule.aggregate === 'max' ? null : 0;
}

/** True when the child counts toward the rollup. */
export function countsToward(rule: RollupRule, child: Row): boolean {
  return !rule.where || matchesConditions(rule.where, child, { id: 0 });
}

/** The parent's value from its live children (decoded records). */
export function rollupValue(rule: RollupRule, children: readonly Row[]): unknown {
  const counted = children.filter((child) => countsToward(rule, child));
  if (rule.aggregate !== 'max') return counted.reduce((total, child) => total + rule.value!(child), 0);
  let best: unknown = null;
  for (const child of counted) {
    const value = child[rule.of!];
    if (value === null || value === undefined) continue;
    if (best === null || comparable(value) > comparable(best)) best = value;
  }
  return best;
}

/** Date-times arrive as ISO strings: compare them as instants, numbers as numbers. */
function comparable(value: unknown): number {
  return typeof value === 'string' ? Date.parse(value) : Number(value);
}

export function rollupProblems(def: ResourceDefinition, name: string, field: FieldDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const rule = field.rollup;
  if (!rule) return [];
  const child = byName.get(rule.resource);
  const at = `${def.name}.${name}: rollup`;
  if (!child?.fields[rule.foreignKey]) return []; // the registry names the unknown child
  const problems: string[] = [];
  if (rule.aggregate === 'max') {
    const of = child.fields[rule.of ?? ''];
    if (!of || of.type !== field.type) problems.push(`${at}: max needs a child field "of" of type ${field.type}`);
  } else if (typeof rule.value !== 'function') problems.push(`${at}: a sum needs a value`);
  for (const [key, expected] of Object.entries(rule.where ?? {})) {
    const values = Array.isArray(expected) ? expected : [expected];
    if (!child.fields[key]) problems.push(`${at}: where names unknown field "${key}"`);
    if (values.some((value) => value !== null && typeof value === 'object')) problems.push(`${at}: where may not name the signed-in user`);
  }
  return problems;
}
