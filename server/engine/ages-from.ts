/**
 * The `agesFrom` word, on an enum: the state follows how many of the shop's business days have
 * passed since a date-time of the record (a member is active for 90 days after their last
 * order, dormant until 365, churned after). The thresholds live only in the definition; days
 * are counted in the shop's time zone (SHOP_TIME_ZONE). The server sets the state on every
 * write of the record, whenever the date-time changes behind it (a rollup) and as days pass
 * (the time-states tick); server/data/age-states.ts holds the SQL.
 */
import type { AgesFrom, FieldDefinition, ResourceDefinition } from './definition.ts';
import { addDays, shopDate, shopDayStart } from './shop-time.ts';


type Row = Record<string, unknown>;

/** Whole business days from the instant's date to now's date, in the zone. */
export function ageInDays(instant: string, now: Date, zone: string): number {
  return Math.round((Date.parse(shopDate(now, zone)) - Date.parse(shopDate(new Date(instant), zone))) / 86_400_000);
}

/** The state the record's age gives at `now`. */
export function ageState(word: AgesFrom, record: Row, now: Date, zone: string): string {
  const from = record[word.field] ?? (word.orElse ? record[word.orElse] : null);
  if (typeof from !== 'string') return word.states[0].state;
  const days = ageInDays(from, now, zone);
  let state = word.states[0].state;
  for (const step of word.states) if (days >= step.fromDays) state = step.state;
  return state;
}

/** Sets every age-driven field of `record` in place (the write path, before storing). */
export function applyAgeStates(def: ResourceDefinition, record: Row, now: Date, zone: string): void {
  for (const [name, field] of Object.entries(def.fields)) if (field.agesFrom) record[name] = ageState(field.agesFrom, record, now, zone);
}

/**
 * For SQL: each state with the range of instants that give it today, `[from, before)` (either
 * side open when absent). An age under D days means an instant on or after the start of the
 * business day D - 1 days before today.
 */
export function ageRanges(word: AgesFrom, now: Date, zone: string): { state: string; from?: string; before?: string }[] {
  const today = shopDate(now, zone);
  const boundary = (days: number) => shopDayStart(addDays(today, 1 - days), zone).toISOString();
  return word.states.map((step, index) => {
    const next = word.states[index + 1];
    return { state: step.state, ...(next ? { from: boundary(next.fromDays) } : {}), ...(step.fromDays > 0 ? { before: boundary(step.fromDays) } : {}) };
  });
}

export function agesFromProblems(def: ResourceDefinition, name: string, field: FieldDefinition): string[] {
  const word = field.agesFrom;
  if (!word) return [];
  const at = `${def.name}.${name}: agesFrom`;
  const problems: string[] = [];
  const ids = new Set(field.choices?.map((choice) => choice.id));
  if (field.type !== 'enum') problems.push(`${at} needs an enum`);
  for (const source of [word.field, word.orElse].filter(Boolean) as string[]) {
    if (def.fields[source]?.type !== 'datetime') problems.push(`${at}: "${source}" is not a date-time of ${def.name}`);
  }
  const days = word.states.map((step) => step.fromDays);
  if (!word.states.length || days[0] !== 0 || days.some((day, i) => i > 0 && day <= days[i - 1]) || days.some((day) => !Number.isInteger(day))) {
    problems.push(`${at}: states need whole fromDays ascending from 0`);
  }
  for (const step of word.states) if (!ids.has(step.state)) problems.push(`${at}: "${step.state}" is not a choice`);
  return problems;
}
