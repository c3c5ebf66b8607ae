/**
 * The one write pipeline. Every write of a record (create, update, delete, restore, revert, an
 * import row, a bulk change, a reorder list) is planned, then committed, by the steps below in
 * this one order; the doors (records.ts, import.ts, bulk-update.ts, trash.ts, reorder.ts) only
 * say where the input comes from and how the answer is reported. A plan stops at its first
 * refusal, so every door refuses the same change with the same status and field errors.
 */
import type { Knex } from 'knex';
import { ApiError } from '../engine/errors.ts';
import { BatchLedger } from './batch-ledger.ts';
import type { RecordContext, Row } from './context.ts';
import { newPlan, type WriteContext, type WriteInput, type WritePlan, type WriteStep } from './write-plan.ts';
import { runWrite } from './write-checks.ts';
import { forEachInSlices, forEachSlice } from './slices.ts';
import { access } from './write-steps/access.ts';
import { copiedValues } from './write-steps/copied-values.ts';
import { derived } from './write-steps/derived.ts';
import { effects } from './write-steps/effects.ts';
import { exclusive } from './write-steps/exclusive.ts';
import { forecasts } from './write-steps/forecasts.ts';
import { foreseen } from './write-steps/foreseen.ts';
import { gates } from './write-steps/gates.ts';
import { history } from './write-steps/history.ts';
import { input } from './write-steps/input.ts';
import { knownTargets } from './write-steps/known-targets.ts';
import { marginFloors } from './write-steps/margin-floors.ts';
import { maxFrom } from './write-steps/max-from.ts';
import { modelEntryChecks, modelEntryTables } from './write-steps/model-entries.ts';
import { references } from './write-steps/references.ts';
import { reload } from './write-steps/reload.ts';
import { secrets } from './write-steps/secrets.ts';
import { serverValues } from './write-steps/server-values.ts';
import { store } from './write-steps/store.ts';
import { unique } from './write-steps/unique.ts';

/** Before the transaction opens: judged on the request alone, reading nothing. */
const PREPARE: readonly WriteStep[] = [
  input, // the fields as the role may send them: nothing else can judge values that do not parse
  gates, // workflow steps on the request alone, so a wrong step is named as such before any read
  serverValues, // creator, stamps, clock states: the rules below judge the record as it will be stored
  secrets, // the slow password hash, outside the transaction so it never holds the write lock
];

/** Inside the transaction, reading what the write will commit against; nothing is written yet. */
const CHECK: readonly WriteStep[] = [
  knownTargets, // references to records the writer cannot see answer as missing ones (400), before any step reads a target
  access, // closed parents (409) then the role's write rule (403): whether this record is the role's at all
  references, // live, qualifying targets (400); a delete nobody refers to, a restore whose targets are back (409)
  copiedValues, // snapshots from the referenced records, read only once the references are known to be sound
  maxFrom, // upper bounds read from related records (a restored case counts against what was bought again)
  marginFloors, // bounds read from references and copied values, on the record with its computed fields
  unique, // a clash with other records (409), once the record itself is sound
  modelEntryChecks, // a runtime field or resource: judged against the model the database holds, and the model it would make
  foreseen, // last: what the commit's effects would refuse, then the plan's changes go into the batch's ledger
];

/** After every check passed: the write and what follows from it, in the same transaction. */
const COMMIT: readonly WriteStep[] = [
  store, // insert / versioned update / trash / restore (with the records that cascade)
  modelEntryTables, // a model change's column or table, and the model's new version
  derived, // rollups, derived and followed fields, so later steps read the database as the write leaves it
  forecasts, // the forecasts of the series a history row belongs to (forecastFrom), from the history as now stored
  effects, // what entering a state does elsewhere, ended sessions
  reload, // the record as stored, after every follow-up that may change it
  exclusive, // judged on the stored state (two overlapping promotions); a refusal undoes the transaction
  history, // change log and audit last, so they tell the state the write left
];

/** Runs `steps` that take part in the plan's kind, until one refuses or the update turns out empty. */
async function runSteps(ctx: WriteContext, plan: WritePlan, steps: readonly WriteStep[]): Promise<WritePlan> {
  for (const step of steps) {
    if (plan.refusal || plan.unchanged) break;
    if (!step.kinds.includes(plan.kind)) continue;
    try {
      await step.run(ctx, plan);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      plan.refusal = error;
    }
  }
  return plan;
}

/** The context the steps of one write, or of one batch of writes, share. */
export function writeContext(ctx: RecordContext, trx: Knex, options: { batch?: boolean; ledger?: BatchLedger } = {}): WriteContext {
  const writing: WriteContext = {
    ...ctx,
    trx,
    memo: new Map(),
    ledger: options.ledger ?? new BatchLedger(),
    ...(options.batch ? { deferred: new Map() } : {}),
    // A record written with its parent is planned and committed on its own, in the same transaction.
    cascade: async (cascaded) => {
      const plan = await checkWrite(writing, await prepareWrite(ctx, cascaded));
      return commitWrite(writing, plan);
    },
  };
  return writing;
}

/** The steps that read nothing; run before the transaction opens. */
export function prepareWrite(ctx: RecordContext, write: WriteInput): Promise<WritePlan> {
  return runSteps(writeContext(ctx, ctx.db), newPlan(write), PREPARE);
}

/** The checks against the database, in the write's transaction (`ctx` from `writeContext`). */
export function checkWrite(ctx: WriteContext, plan: WritePlan): Promise<WritePlan> {
  return runSteps(ctx, plan, CHECK);
}

/**
 * The checks of a batch's plans (an import, a bulk change) in their transaction, slice by slice
 * (each step's reads fetched for a slice at once), letting the event loop go between slices.
 */
export async function checkWrites(ctx: WriteContext, plans: readonly WritePlan[]): Promise<void> {
  const open = plans.filter((plan) => !plan.refusal && !plan.unchanged);
  await forEachSlice(open, async (slice) => {
    for (const step of CHECK) if (step.prefetch) await step.prefetch(ctx, slice.filter((plan) => step.kinds.includes(plan.kind)));
    for (const plan of slice) await checkWrite(ctx, plan);
  });
}

/** Thrown inside a preview's transaction to end it: it never commits, even by accident. */
class PreviewDone extends Error {}

/**
 * The checks of a batch that will not be committed (an import's dry run, a bulk preview), each
 * slice in its own short transaction, rolled back: between slices the database is free for other
 * requests too (on SQLite the app's one connection), not only the event loop. A preview judges
 * each plan by the same steps as the real run, against the database as it is when its slice is
 * checked and the one ledger of the whole batch (what the earlier slices' plans would change).
 */
export async function previewWrites(ctx: RecordContext, plans: readonly WritePlan[]): Promise<void> {
  const ledger = new BatchLedger();
  await forEachSlice(plans, async (slice) => {
    try {
      await runWrite(ctx, async (trx) => {
        await checkWrites(writeContext(ctx, trx, { batch: true, ledger }), slice);
        throw new PreviewDone();
      });
    } catch (error) {
      if (!(error instanceof PreviewDone)) throw error;
    }
  });
}

/** Commits a batch's checked plans in order in its transaction, letting the event loop go between slices. */
export async function commitWrites(ctx: WriteContext, plans: readonly WritePlan[], onRefusal: (plan: WritePlan, error: unknown) => never): Promise<void> {
  await forEachInSlices(plans, async (plan) => {
    try {
      await commitWrite(ctx, plan);
    } catch (error) {
      onRefusal(plan, error);
    }
  });
}

/** Writes a plan that passed every check; throws a refused plan's refusal. */
export async function commitWrite(ctx: WriteContext, plan: WritePlan): Promise<WritePlan> {
  if (plan.refusal) throw plan.refusal;
  ctx.ledger.settle(plan); // the database now tells what it changes
  await runSteps(ctx, plan, COMMIT);
  if (plan.refusal) throw plan.refusal;
  return plan;
}

/**
 * Runs a batch's deferred follow-ups (rollups, derived groups, its history), after its last
 * commit, in slices like the writes: a 50,000-row import leaves about 100,000 of them, which in
 * one go held the event loop for seconds.
 */
export async function finishBatch(ctx: WriteContext): Promise<void> {
  await forEachInSlices(ctx.deferred?.values() ?? [], (work) => work());
  ctx.deferred?.clear();
}

/**
 * One write in its own transaction (a savepoint when `ctx.db` already is one): the stored
 * record, or the record unchanged when an update changes nothing; throws the refusal.
 */
export async function writeRecord(ctx: RecordContext, write: WriteInput): Promise<Row> {
  const plan = await prepareWrite(ctx, write);
  if (plan.refusal) throw plan.refusal;
  if (plan.unchanged) return plan.existing;
  return runWrite(ctx, async (trx) => {
    const writing = writeContext(ctx, trx);
    await commitWrite(writing, await checkWrite(writing, plan));
    return plan.result!;
  });
}
