/**
 * A form's unsaved values, kept when its save is refused because the session ended and put
 * back when the same user returns to the same form after signing in again (auth/drafts.ts).
 *
 * The values are kept just before each save is sent and dropped once it is settled, unless the
 * session ended under it: so they are in place before the sign-out can leave the page, whatever
 * order react-admin's callbacks run in.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Identifier } from 'react-admin';
import { discardDraft, keepDraft, readDraft, type DraftKey } from '../auth/drafts.ts';
import { onSessionEnded } from '../auth/sessionEnded.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { writableValues } from '../schema/writableValues.ts';

export interface UnsavedDraft {
  /** The values put back after signing in again; undefined when there were none. */
  restored?: Record<string, unknown>;
  /** Runs a save of `values`, keeping them if the session ends under it. */
  saving<T>(values: Record<string, unknown>, save: () => Promise<T>): Promise<T>;
}

/** What may be kept: the values the role may write (and the version they are based on), never a write-only one. */
export function draftValues(resource: ResourceSchema, values: Record<string, unknown>): Record<string, unknown> {
  const writeOnly = new Set(resource.fields.filter((field) => field.writeOnly).map((field) => field.name));
  return Object.fromEntries(Object.entries(writableValues(resource, values)).filter(([name]) => !writeOnly.has(name)));
}

export function useUnsavedDraft(resource: ResourceSchema | undefined, recordId?: Identifier): UnsavedDraft {
  const userId = useAppSchema()?.user.id;
  const key = useMemo<DraftKey | undefined>(
    () => (userId !== undefined && resource ? { userId, resource: resource.name, recordId } : undefined),
    [userId, resource, recordId],
  );
  const [restored, setRestored] = useState<Record<string, unknown>>();

  useEffect(() => {
    if (!key) return;
    const draft = readDraft(key);
    if (!draft) return;
    setRestored(draft);
    // Put back once: leaving the form again without saving lets them go.
    discardDraft(key);
  }, [key]);

  const saving = async <T,>(values: Record<string, unknown>, save: () => Promise<T>): Promise<T> => {
    if (!key || !resource) return save();
    keepDraft(key, draftValues(resource, values));
    let sessionEnded = false;
    const stopListening = onSessionEnded(() => {
      sessionEnded = true;
    });
    try {
      return await save();
    } finally {
      stopListening();
      if (!sessionEnded) discardDraft(key);
    }
  };

  return { restored, saving };
}
