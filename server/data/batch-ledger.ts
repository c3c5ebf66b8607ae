/**
 * What the plans checked so far will change once committed, so each later plan of the same
 * batch (an import, a bulk change) is judged on the database as the earlier ones will leave it:
 * two orders of one file paying for the last unit cannot both pass, and a dry run answers as
 * the real run would. A plan's entries leave the ledger when it is committed, since the database
 * then holds them (`settle`). A single write has a ledger of its own, empty when it is checked.
 */
import type { Row } from './context.ts';

interface Entry {
  key: string;
  change: number;
}

export class BatchLedger {
  // Running totals by key, and each plan's own entries so settling one plan takes back only its
  // share: a file of thousands of rows asks the ledger once per row, never rescanning it.
  private totals = new Map<string, number>();
  private entriesOf = new Map<object, Entry[]>();
  // The records each plan will store, by resource: adding and settling touch one plan's records,
  // so a batch of n plans costs n steps, not n² (a filter of every planned record per plan did).
  private planned = new Map<string, Map<object, Row[]>>();

  /** The signed change the earlier plans will make to `field` of record `id` of `resource`. */
  pending(resource: string, id: unknown, field: string): number {
    return this.totals.get(ledgerKey(resource, id, field)) ?? 0;
  }

  add(plan: object, resource: string, id: unknown, field: string, change: number): void {
    if (change === 0) return;
    const key = ledgerKey(resource, id, field);
    this.totals.set(key, (this.totals.get(key) ?? 0) + change);
    const entries = this.entriesOf.get(plan) ?? [];
    entries.push({ key, change });
    this.entriesOf.set(plan, entries);
  }

  /**
   * The records of `resource` the earlier plans will store, as they will store them, in plan
   * order; lazy, so a write whose words never read them (most) does not pay for walking them.
   */
  *records(resource: string): Iterable<Row> {
    for (const records of this.planned.get(resource)?.values() ?? []) yield* records;
  }

  addRecord(plan: object, resource: string, record: Row): void {
    const byPlan = this.planned.get(resource) ?? new Map<object, Row[]>();
    this.planned.set(resource, byPlan);
    byPlan.set(plan, [...(byPlan.get(plan) ?? []), record]);
  }

  /** The plan is being committed: from now on the database tells what it changes. */
  settle(plan: object): void {
    for (const { key, change } of this.entriesOf.get(plan) ?? []) this.totals.set(key, this.totals.get(key)! - change);
    this.entriesOf.delete(plan);
    for (const byPlan of this.planned.values()) byPlan.delete(plan);
  }
}

function ledgerKey(resource: string, id: unknown, field: string): string {
  return `${resource}:${String(id)}:${field}`;
}
