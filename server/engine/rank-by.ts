/**
 * The `rankBy` word, on a reference: the record holds the referenced record with the highest
 * `threshold` that its number `by` reaches (a member's tier: the highest tier whose min_points
 * the member's points reach). The server keeps it so whenever the number changes (a point entry
 * added, through the rollup) and whenever the ranks change (a tier added, moved or removed),
 * on every write path, in the write's transaction; server/data/ranks.ts holds the SQL.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';


const NUMBERS = ['integer', 'money', 'basis_points'];

/**
 * The id of the rank `value` reaches among `ranks`: the highest threshold at or below it (the
 * lowest id among equals); null below every rank (no tier: the copies through it take their
 * field's default, a member without a tier has no discount).
 */
export function rankFor(value: number, ranks: readonly { id: number; threshold: number }[]): number | null {
  let best: { id: number; threshold: number } | null = null;
  for (const rank of ranks) {
    if (rank.threshold > value) continue;
    if (!best || rank.threshold > best.threshold || (rank.threshold === best.threshold && rank.id < best.id)) best = rank;
  }
  return best?.id ?? null;
}

export function rankByProblems(def: ResourceDefinition, name: string, field: FieldDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const rule = field.rankBy;
  if (!rule) return [];
  const target = byName.get(field.reference ?? '');
  const at = `${def.name}.${name}: rankBy`;
  if (field.type !== 'reference' || !target) return [`${at} needs a reference`];
  const problems: string[] = [];
  if (!NUMBERS.includes(def.fields[rule.by]?.type)) problems.push(`${at}: "${rule.by}" is not a number of ${def.name}`);
  if (!NUMBERS.includes(target.fields[rule.threshold]?.type)) problems.push(`${at}: "${rule.threshold}" is not a number of ${target.name}`);
  return problems;
}
