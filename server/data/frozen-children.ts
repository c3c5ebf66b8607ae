/**
 * The server side of `closingStates`: a record that belongs to a closed parent (a received
 * purchase list's items) may not be written. Every write goes through `checkParentsOpen` (the
 * pipeline's access step, via `checkWritable` in write-checks.ts for files and comments too), whatever the role.
 */
import type { Knex } from 'knex';
import { closingLinks, frozenMessage } from '../engine/closing-states.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { conflict } from '../engine/errors.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { msg, type Message } from '../engine/messages/message.ts';

/** 409 when `record` (as stored, or as a write would leave it) belongs to a parent in a closing state. */
export async function checkParentsOpen(db: Knex | Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, record: Row): Promise<void> {
  const refusal = await closedParent(db, ctx, def, record);
  if (refusal) throw conflict(refusal.message, { [refusal.field]: refusal.message });
}

/** The first closed parent of `record`, with the reference field and the message; undefined when none. */
async function closedParent(
  db: Knex | Knex.Transaction,
  ctx: RecordContext,
  def: ResourceDefinition,
  record: Row,
): Promise<{ field: string; message: Message } | undefined> {
  for (const link of closingLinks(def, ctx.registry.find)) {
    const id = record[link.field];
    if (id === null || id === undefined) continue;
    const row = await db(link.parent.table).where('id', id as number).first();
    if (!row) continue; // a missing parent is the reference check's to report
    const parent = decodeRow(link.parent, row);
    const state = String(parent[link.workflow]);
    if (link.states.includes(state)) {
      const name = String(parent[link.parent.recordRepresentation] ?? parent.id);
      return { field: link.field, message: msg('text.said', { text: frozenMessage(link.parent, link.workflow, state, def, name) }) };
    }
  }
  return undefined;
}
