/**
 * `bestOffer` (definition.ts, BestOffer): of the offers live at a record's date (the promotions
 * of an order's day), the one worth the most for it. Pure: the data layer
 * (server/data/best-offer.ts) reads the live candidates, their links and the record's items, and
 * stores what this answers.
 *
 * An offer fits when each of its `matches` holds: a link whose key is the record's value (the
 * member's tier), or, for the match over `items`, at least one item whose key it links (a
 * product in the promotion); `allWhenNone` lets an offer with no such links fit everything. Its
 * worth is taken from the fitting items' amount only, and never exceeds it.
 */
import type { BestOffer, ResourceDefinition } from './definition.ts';
import { pathProblem } from './reference-paths.ts';
import type { WordCheck } from './word-checks/types.ts';

type Row = Record<string, unknown>;

export interface OfferCandidate {
  offer: Row;
  /** Per entry of `matches`, in order: the keys of the offer's live links. */
  links: readonly (readonly unknown[])[];
}

export interface OfferChoice {
  id: number | null;
  amount: number;
}

/** What one offer is worth for the record, or null when it does not fit. */
export function offerWorth(rule: BestOffer, candidate: OfferCandidate, items: readonly Row[], values: readonly unknown[]): number | null {
  let fitting = items;
  for (const [index, match] of rule.matches.entries()) {
    const keys = candidate.links[index] ?? [];
    if (keys.length === 0) {
      if (match.allWhenNone) continue;
      return null;
    }
    const linked = new Set(keys.map(String));
    if (match.items) {
      fitting = fitting.filter((item) => linked.has(String(item[rule.items.key])));
      if (!fitting.length) return null;
    } else if (values[index] == null || !linked.has(String(values[index]))) {
      return null;
    }
  }
  const amount = fitting.reduce((sum, item) => sum + Number(item[rule.items.amount] ?? 0), 0);
  return Math.max(0, Math.min(amount, Math.floor(rule.worth(candidate.offer, amount))));
}

/** The best fitting offer (the lower id on a tie), or none when nothing fits or is worth anything. */
export function chooseOffer(rule: BestOffer, candidates: readonly OfferCandidate[], items: readonly Row[], values: readonly unknown[]): OfferChoice {
  let best: OfferChoice = { id: null, amount: 0 };
  for (const candidate of [...candidates].sort((a, b) => Number(a.offer.id) - Number(b.offer.id))) {
    const worth = offerWorth(rule, candidate, items, values);
    if (worth !== null && worth > best.amount) best = { id: Number(candidate.offer.id), amount: worth };
  }
  return best;
}

/** Whether the record is still open to a new choice (a pending order), by the word's `while`. */
export function offerOpen(rule: BestOffer, record: Row): boolean {
  return !rule.while || rule.while.states.includes(String(record[rule.while.field]));
}

export const bestOfferProblems: WordCheck = (def: ResourceDefinition, byName) => {
  const rule = def.bestOffer;
  if (!rule) return [];
  const problems: string[] = [];
  const offers = byName.get(def.fields[rule.field]?.reference ?? '');
  if (!offers || !def.fields[rule.field].readOnly) problems.push(`${def.name}: bestOffer.field must be a read-only reference`);
  if (def.fields[rule.amount]?.type !== 'money' || !def.fields[rule.amount].readOnly) problems.push(`${def.name}: bestOffer.amount must be a read-only money field`);
  if (!def.fields[rule.at]) problems.push(`${def.name}: bestOffer.at names no field`);
  if (rule.while && !def.fields[rule.while.field]?.choices) problems.push(`${def.name}: bestOffer.while needs an enum field`);
  if (!offers) return problems;
  if (rule.period.some((name) => !offers.fields[name])) problems.push(`${def.name}: bestOffer.period names unknown fields of ${offers.name}`);
  if (Object.keys(rule.unless ?? {}).some((name) => !offers.fields[name])) problems.push(`${def.name}: bestOffer.unless names unknown fields of ${offers.name}`);
  const items = byName.get(rule.items.resource);
  if (!items || items.fields[rule.items.foreignKey]?.reference !== def.name || !items.fields[rule.items.key] || !items.fields[rule.items.amount]) {
    problems.push(`${def.name}: bestOffer.items must be a child resource with its key and amount`);
  }
  for (const match of rule.matches) {
    const link = byName.get(match.resource);
    if (!link || link.fields[match.foreignKey]?.reference !== offers.name || !link.fields[match.key]) {
      problems.push(`${def.name}: bestOffer.matches ${match.resource} must link ${offers.name} by ${match.foreignKey} with a ${match.key}`);
    }
    if (Boolean(match.items) === Boolean(match.value)) problems.push(`${def.name}: each bestOffer match names either items or a value`);
    const problem = match.value ? pathProblem(def, match.value, byName) : undefined;
    if (problem) problems.push(`${def.name}: bestOffer ${problem}`);
  }
  return problems;
};
