/**
 * Unsaved form values kept across a sign-in: when a save is refused because the session ended,
 * the form's values wait in sessionStorage (this tab only, gone with it) until the same user is
 * back on the same form. Keyed by user, resource and record ("new" on a create form), so
 * another user signing in never gets them; passwords and other write-only values never go in.
 * No React here.
 */
import type { Identifier } from 'react-admin';

const PREFIX = 'unsaved-draft:';

export interface DraftKey {
  userId: Identifier;
  resource: string;
  /** The record edited; undefined on a create form. */
  recordId?: Identifier;
}

function storageKey({ userId, resource, recordId }: DraftKey): string {
  return `${PREFIX}${JSON.stringify([String(userId), resource, recordId === undefined ? 'new' : String(recordId)])}`;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage disabled: nothing is kept, as before
  }
}

export function keepDraft(key: DraftKey, values: Record<string, unknown>): void {
  try {
    storage()?.setItem(storageKey(key), JSON.stringify(values));
  } catch {
    // Full or disabled storage: the save still fails visibly, only the values are not kept.
  }
}

export function readDraft(key: DraftKey): Record<string, unknown> | undefined {
  const text = storage()?.getItem(storageKey(key));
  if (!text) return undefined;
  try {
    const values: unknown = JSON.parse(text);
    return typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function discardDraft(key: DraftKey): void {
  storage()?.removeItem(storageKey(key));
}

function draftKeys(): string[] {
  const store = storage();
  if (!store) return [];
  return Array.from({ length: store.length }, (_, index) => store.key(index) ?? '').filter((key) => key.startsWith(PREFIX));
}

/** True when some form's values wait for their user to sign in again. */
export function hasDrafts(): boolean {
  return draftKeys().length > 0;
}

/** At sign-in: drafts of anyone else who used this tab go, so they cannot be read here. */
export function discardDraftsOfOthers(userId: Identifier): void {
  for (const key of draftKeys()) {
    const [owner] = JSON.parse(key.slice(PREFIX.length)) as string[];
    if (owner !== String(userId)) storage()?.removeItem(key);
  }
}
