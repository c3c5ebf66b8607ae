/**
 * The plan of one write of one record, and the shape of a step of the write pipeline
 * (write-pipeline.ts). Every door (a form save, a CSV row, a bulk change, a restore, a reorder
 * list) fills a `WriteInput`; the pipeline turns it into a `WritePlan`, which each step reads and
 * adds to, and commits it only when no step refused.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import type { ApiError } from '../engine/errors.ts';
import type { Bounds, FloorVerdict } from '../engine/margin-floors.ts';
import type { BatchLedger } from './batch-ledger.ts';
import type { RecordContext, Row } from './context.ts';
import { forEachSlice } from './slices.ts';

/** create and update take a request body; delete and restore take the stored record. */
export type WriteKind = 'create' | 'update' | 'delete' | 'restore';

export interface WriteInput {
  kind: WriteKind;
  def: ResourceDefinition;
  /** The fields as the door received them (create, update). */
  body?: unknown;
  /** The stored record (update, delete; restore: the trashed record). */
  existing?: Row;
  /**
   * Written because its parent was (a list's items trashed or restored with it): the parent's
   * write passed the role's rules, so the record's own access is not judged again.
   */
  cascaded?: boolean;
  /** The moment of the write; a cascaded record takes its parent's. */
  at?: Date;
  /**
   * Changes the server makes, not a request (a parent moved by its child, `movesParent`): taken
   * as checked, so neither the input nor the role's workflow steps are judged.
   */
  values?: Row;
}

export interface WritePlan {
  kind: WriteKind;
  def: ResourceDefinition;
  cascaded: boolean;
  /** The changes are the server's own (`WriteInput.values`). */
  serverMade: boolean;
  body: unknown;
  /** The stored record; `{}` for a create. */
  existing: Row;
  /** The checked changes, with the server-set values the steps add. */
  values: Row;
  /** Request-only values (a margin override reason): judged and logged, never stored. */
  notes: Row;
  /** Write-only secrets in their stored form (a password's hash) and the names written. */
  secrets: { columns: Row; written: string[] };
  /** The margin-floors step's verdict, for a bulk preview to show the bounds and breaches. */
  floors?: FloorVerdict & { merged: Row; bounds: Bounds };
  /** The first refusal; a refused plan is never committed. */
  refusal?: ApiError;
  /** The moment of the write: stamps, `updated_at`, and the trash mark its cascade shares. */
  at: Date;
  /** An update that changes nothing: no further step runs and nothing is recorded. */
  unchanged: boolean;
  /** The record as stored after the commit. */
  result?: Row;
}

/**
 * What a step runs with: the request's context, the write's transaction (the plain database
 * while preparing, before the transaction opens: preparing steps read nothing), a memo of reads
 * shared by the plans of one batch (an import, a bulk change), so a supplier named by 10,000 rows
 * is read once, and `cascade`, which runs a record written with its parent through the pipeline.
 */
export interface WriteContext extends RecordContext {
  trx: Knex;
  memo: Map<string, Promise<unknown>>;
  /** What the plans checked but not yet committed will change (a batch's earlier rows). */
  ledger: BatchLedger;
  cascade(input: WriteInput): Promise<WritePlan>;
  /**
   * In a batch (an import, a bulk change): follow-up work by key, run once after the batch's
   * last commit (`finishBatch`), so 10,000 rows of one catalog recompute its classes once.
   */
  deferred?: Map<string, () => Promise<void>>;
}

/**
 * A step is a function of (context, plan). It refuses by throwing an ApiError (the pipeline
 * keeps it as the plan's refusal and runs no further step), adds values, notes or the verdict
 * to the plan, or does SQL work in the transaction (now, or via `afterWrites` once per batch).
 * `kinds` says which writes it takes part in.
 */
export interface WriteStep {
  name: string;
  kinds: readonly WriteKind[];
  run(ctx: WriteContext, plan: WritePlan): Promise<void> | void;
  /**
   * Optional, for batches: reads what `run` will ask about many plans at once into `ctx.memo`
   * (a file's 10,000 SKUs in 25 queries). Reads only; judging stays in `run`.
   */
  prefetch?(ctx: WriteContext, plans: readonly WritePlan[]): Promise<void>;
}

export function newPlan(input: WriteInput): WritePlan {
  return {
    kind: input.kind,
    def: input.def,
    cascaded: input.cascaded ?? false,
    serverMade: input.values !== undefined,
    body: input.body,
    existing: input.existing ?? {},
    values: { ...input.values },
    notes: {},
    secrets: { columns: {}, written: [] },
    at: input.at ?? new Date(),
    unchanged: false,
  };
}

/** The record as this plan leaves it: the stored record with the changes over it. */
export function merged(plan: WritePlan): Row {
  return { ...plan.existing, ...plan.values };
}

/** Reads once per batch: the same key answers the same promise. */
export function memo<T>(ctx: WriteContext, key: string, read: () => PromiseLike<T>): Promise<T> {
  let found = ctx.memo.get(key) as Promise<T> | undefined;
  if (!found) {
    // A Knex query runs again on every `then`: settle it once, into a promise.
    found = Promise.resolve(read());
    ctx.memo.set(key, found);
  }
  return found;
}

/** Runs `work` now, or once after the batch when the write is part of one (the same key, once). */
export async function afterWrites(ctx: WriteContext, key: string, work: () => Promise<void>): Promise<void> {
  if (!ctx.deferred) return work();
  if (!ctx.deferred.has(key)) ctx.deferred.set(key, work);
}

/**
 * Hands `item` to `flush` now, or, in a batch, gathers the batch's items under `key` and flushes
 * them once after its last write, a slice at a time (one INSERT per few hundred audit entries,
 * the event loop let go between slices).
 */
export async function inBatches<T>(ctx: WriteContext, key: string, item: T, flush: (items: T[]) => Promise<void>): Promise<void> {
  if (!ctx.deferred) return flush([item]);
  const gathered = `gathered:${key}`;
  let items = ctx.memo.get(gathered) as unknown as T[] | undefined;
  if (!items) {
    const list: T[] = [];
    items = list;
    ctx.memo.set(gathered, list as unknown as Promise<unknown>);
    ctx.deferred.set(gathered, () => forEachSlice(list, flush));
  }
  items.push(item);
}
