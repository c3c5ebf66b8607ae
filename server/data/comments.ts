/**
 * Comments on records, for any resource whose definition has `comments`. Reading and posting
 * follow reading the record (the role's `show`, its read rule, never in the trash), so a role
 * that may not see a record meets the same 404 here. The author is always the signed-in user.
 * Each post and each deletion writes its audit entry in the same transaction.
 */
import type { Knex } from 'knex';
import type { CommentEntry } from '../engine/api-types.ts';
import { deletableUntil, parseCommentBody, requireComments } from '../engine/comments.ts';
import type { ResourceDefinition } from '../engine/definition.ts';
import { conflict, forbidden, notFound } from '../engine/errors.ts';
import { msg } from '../engine/messages/message.ts';
import type { RecordContext, Row } from './context.ts';
import { loadReadable, requireAction } from './reading.ts';
import { audit, runWrite } from './write-checks.ts';

async function readableRecord(db: Knex, ctx: RecordContext, def: ResourceDefinition, id: number): Promise<Row> {
  requireComments(def);
  requireAction(def, ctx, 'show');
  return loadReadable(db, ctx, def, id);
}

/** The record's live comments with their authors' names, oldest first. */
function rowsOf(db: Knex | Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, id: number): Knex.QueryBuilder {
  // Authors are named as users are everywhere: by the users definition's representation.
  const users = ctx.registry.get('users');
  return db('comments')
    .leftJoin(users.table, `${users.table}.id`, 'comments.author_id')
    .where({ 'comments.resource': def.name, 'comments.record_id': id })
    .whereNull('comments.deleted_at')
    .orderBy([{ column: 'comments.created_at' }, { column: 'comments.id' }])
    .select(['comments.id', 'comments.body', 'comments.author_id', 'comments.created_at', `${users.table}.${users.recordRepresentation} as author_name`]);
}

function toEntry(row: Row, ctx: RecordContext, now: Date): CommentEntry {
  const createdAt = new Date(row.created_at as string);
  const until = deletableUntil(createdAt);
  const authorId = Number(row.author_id);
  return {
    id: Number(row.id),
    body: String(row.body),
    author_id: authorId,
    author_name: (row.author_name as string | null) ?? null,
    created_at: createdAt.toISOString(),
    ...(authorId === ctx.user.id && until > now ? { deletable_until: until.toISOString() } : {}),
  };
}

export async function listComments(ctx: RecordContext, def: ResourceDefinition, id: number, now = new Date()): Promise<CommentEntry[]> {
  await readableRecord(ctx.db, ctx, def, id);
  const rows = (await rowsOf(ctx.db, ctx, def, id)) as Row[];
  return rows.map((row) => toEntry(row, ctx, now));
}

export async function addComment(ctx: RecordContext, def: ResourceDefinition, id: number, input: unknown): Promise<CommentEntry> {
  requireComments(def);
  requireAction(def, ctx, 'show');
  const body = parseCommentBody(input);
  return runWrite(ctx, async (trx) => {
    const record = await readableRecord(trx, ctx, def, id);
    const now = new Date();
    const stamp = now.toISOString();
    const [inserted] = await trx('comments')
      .insert({ resource: def.name, record_id: id, body, author_id: ctx.user.id, created_at: stamp, updated_at: stamp })
      .returning('id');
    const commentId = Number(typeof inserted === 'object' ? inserted.id : inserted);
    await audit(trx, ctx, def, 'comment', record, { comment: { id: commentId, body } });
    const row = (await rowsOf(trx, ctx, def, id).where('comments.id', commentId).first()) as Row;
    return toEntry(row, ctx, now);
  });
}

/** The author takes their comment back, within the window; 403 for anyone else's, 409 once it has passed. */
export async function deleteComment(ctx: RecordContext, def: ResourceDefinition, id: number, commentId: number): Promise<CommentEntry> {
  return runWrite(ctx, async (trx) => {
    const record = await readableRecord(trx, ctx, def, id);
    const row = (await rowsOf(trx, ctx, def, id).where('comments.id', commentId).first()) as Row | undefined;
    if (!row) throw notFound(msg('comments.noSuchId', { id: commentId }));
    const now = new Date();
    const entry = toEntry(row, ctx, now);
    if (entry.author_id !== ctx.user.id) throw forbidden(msg('comments.onlyAuthorDeletes'));
    if (!entry.deletable_until) throw conflict(msg('comments.tooLateToDelete'));
    await trx('comments').where('id', commentId).update({ deleted_at: now.toISOString(), updated_at: now.toISOString(), version: trx.raw('?? + 1', ['version']) });
    await audit(trx, ctx, def, 'uncomment', record, { comment: { id: commentId, body: entry.body } });
    return entry;
  });
}

