/**
 * Row conditions (row rules, `referenceWhere`): each field must hold one of the allowed values,
 * where `{ user: 'id' }` stands for the signed-in user and null for "empty".
 */
import type { ConditionValue, RowConditionValue } from './definition.ts';

export type PlainValue = string | number | boolean | null;

/** The values a condition allows, with the signed-in user's id filled in. */
export function allowedValues(expected: RowConditionValue, user: { id: number }): PlainValue[] {
  const options: readonly ConditionValue[] = Array.isArray(expected) ? expected : [expected as ConditionValue];
  return options.map((option) => (option !== null && typeof option === 'object' ? user[option.user] : option));
}

/** True when every condition holds for the record. */
export function matchesConditions(
  where: Readonly<Record<string, RowConditionValue>>,
  record: Readonly<Record<string, unknown>>,
  user: { id: number },
): boolean {
  return Object.entries(where).every(([name, expected]) => allowedValues(expected, user).includes((record[name] ?? null) as PlainValue));
}
