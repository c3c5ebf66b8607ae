/**
 * The audit log: who did what to which record, with each changed field's old and new value.
 * Entries are written with the same transaction as the change they describe, so a change and
 * its entry commit or vanish together. Secrets are recorded only as "changed".
 */
import type { Knex } from 'knex';
import { allFields, fieldMode, readableFields } from '../engine/access.ts';
import type { Changes, HistoryEntry } from '../engine/api-types.ts';
import type { ResourceDefinition, Role } from '../engine/definition.ts';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'purge'
  | 'sign_in'
  | 'sign_in_failed'
  | 'forbidden'
  // A file added to, removed from or reordered among a record's attachments.
  | 'attach'
  | 'detach'
  | 'reorder'
  // A comment posted on a record, or taken back by its author.
  | 'comment'
  | 'uncomment';


export interface AuditEntry {
  action: AuditAction;
  user?: { id: number; username: string };
  /** For a failed sign-in: the name that was tried. */
  username?: string;
  resource?: string;
  recordId?: number;
  recordVersion?: number;
  changes?: Changes | Record<string, unknown>;
  clientAddress?: string;
}

export async function recordAudit(db: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  await db('audit_log').insert(auditRow(entry, new Date().toISOString()));
}

/** Many entries at once (an import), in chunks that fit any database's parameter limit. */
export async function recordAudits(db: Knex | Knex.Transaction, entries: AuditEntry[]): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < entries.length; i += 500) {
    await db('audit_log').insert(entries.slice(i, i + 500).map((entry) => auditRow(entry, now)));
  }
}

function auditRow(entry: AuditEntry, now: string) {
  return {
    created_at: now,
    updated_at: now,
    user_id: entry.user?.id ?? null,
    username: (entry.user?.username ?? entry.username ?? '').slice(0, 40) || null,
    action: entry.action,
    resource: entry.resource ?? null,
    record_id: entry.recordId ?? null,
    record_version: entry.recordVersion ?? null,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    client_address: entry.clientAddress?.slice(0, 64) ?? null,
  };
}

/** Field-by-field difference between two states of a record; written secrets become `changed`. */
export function diffRecords(
  def: ResourceDefinition,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  secretsWritten: readonly string[] = [],
): Changes {
  const changes: Changes = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.writeOnly) {
      if (secretsWritten.includes(name)) changes[name] = { changed: true };
      continue;
    }
    const [from, to] = [before[name] ?? null, after[name] ?? null];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[name] = { from, to };
  }
  return changes;
}

/** A record's history, newest first, showing only the fields `role` may read. */
export async function recordHistory(db: Knex, def: ResourceDefinition, role: Role, id: number): Promise<HistoryEntry[]> {
  // Readable fields, plus "changed" markers of secrets the role may itself set (a password).
  const visible = new Set(readableFields(def, role));
  for (const [name, field] of Object.entries(allFields(def))) {
    if (field.writeOnly && fieldMode(def, role, name) === 'writable') visible.add(name);
  }
  const rows = await db('audit_log')
    .where({ resource: def.name, record_id: id })
    .whereIn('action', ['create', 'update', 'delete', 'restore'])
    .orderBy('id', 'desc');
  const names = await displayNames(db, rows.map((row) => row.user_id));
  const entries = rows.map((row) => {
    const changes = (row.changes ? JSON.parse(row.changes) : {}) as Changes;
    return {
      id: Number(row.id),
      at: new Date(row.created_at).toISOString(),
      username: row.username,
      fullName: names.get(Number(row.user_id)) ?? null,
      action: row.action,
      version: row.record_version === null ? null : Number(row.record_version),
      changes: Object.fromEntries(
        Object.entries(changes).filter(([name]) => visible.has(name)),
      ),
    };
  });
  // An update that touched only fields this role cannot see is no entry at all: an empty one
  // would still say when, and by whom, something hidden changed.
  return entries.filter((entry) => entry.action !== 'update' || Object.keys(entry.changes).length > 0);
}

/**
 * Who made each change, by the name every role may look up (users' `lookup`): live users only,
 * so an entry by a deleted user keeps the username it recorded and nothing more.
 */
async function displayNames(db: Knex, userIds: unknown[]): Promise<Map<number, string>> {
  const ids = [...new Set(userIds.filter((id) => id !== null && id !== undefined).map(Number))];
  if (!ids.length) return new Map();
  const rows = await db('users').whereIn('id', ids).whereNull('deleted_at').select('id', 'full_name');
  return new Map(rows.map((row) => [Number(row.id), String(row.full_name)]));
}

/**
 * The record as it stood at `version`, rebuilt from the current state by undoing every later
 * change. Secrets cannot be rebuilt and are left out.
 */
export async function stateAtVersion(
  db: Knex,
  def: ResourceDefinition,
  current: Record<string, unknown>,
  version: number,
): Promise<Record<string, unknown> | undefined> {
  const rows = await db('audit_log')
    .where({ resource: def.name, record_id: current.id as number })
    .whereIn('action', ['create', 'update'])
    .orderBy('id', 'desc');
  if (!rows.some((row) => Number(row.record_version) === version)) return undefined;
  const state = { ...current };
  for (const row of rows) {
    if (Number(row.record_version) <= version) break;
    for (const [name, change] of Object.entries((row.changes ? JSON.parse(row.changes) : {}) as Changes)) {
      if ('from' in change) state[name] = change.from;
    }
  }
  return state;
}

/** Who made the latest change to a record, and when: for the message of an edit conflict. */
export async function lastChange(db: Knex, resource: string, id: number): Promise<{ username: string; at: string } | undefined> {
  const row = await db('audit_log').where({ resource, record_id: id }).whereNotIn('action', ['forbidden']).orderBy('id', 'desc').first();
  return row ? { username: row.username ?? 'someone', at: new Date(row.created_at).toISOString() } : undefined;
}
