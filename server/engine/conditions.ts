/**
 * Row conditions (row rules, `referenceWhere`): each field must hold one of the allowed values,
 * where `{ user: 'id' }` stands for the signed-in user, `{ user: 'role' }` for their role and
 * null for "empty".
 */
import type { ConditionValue, RowConditionValue, RowRule } from './definition.ts';

export type PlainValue = string | number | boolean | null;

/** Who a condition is judged for: the signed-in user. */
export interface ConditionUser {
  id: number;
  /** Absent where no condition asks for it: then `{ user: 'role' }` matches nothing. */
  role?: string;
}

/** The values a condition allows, with the signed-in user's id or role filled in. */
export function allowedValues(expected: RowConditionValue, user: ConditionUser): PlainValue[] {
  const options: readonly ConditionValue[] = Array.isArray(expected) ? expected : [expected as ConditionValue];
  return options.flatMap((option) => (option !== null && typeof option === 'object' ? (user[option.user] ?? []) : option));
}

/** True when every condition holds for the record. */
export function matchesConditions(
  where: Readonly<Record<string, RowConditionValue>>,
  record: Readonly<Record<string, unknown>>,
  user: ConditionUser,
): boolean {
  return Object.entries(where).every(([name, expected]) => allowedValues(expected, user).includes((record[name] ?? null) as PlainValue));
}

/** The alternatives of a row rule: `where`, then each of `or`; a row qualifies when one holds. */
export function ruleAlternatives(rule: RowRule): readonly Readonly<Record<string, RowConditionValue>>[] {
  return [rule.where, ...(rule.or ?? [])];
}

/** True when the record (or, for a rule `through` a reference, its parent) satisfies the rule. */
export function matchesRule(rule: RowRule, record: Readonly<Record<string, unknown>>, user: ConditionUser): boolean {
  return ruleAlternatives(rule).some((where) => matchesConditions(where, record, user));
}
