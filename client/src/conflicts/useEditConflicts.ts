/**
 * Saving an edit form with edit conflicts resolved by the user instead of lost. A save that
 * the server refuses as out of date (409) opens a conflict: the user's changes, the record as
 * it now stands, and the two ways out: reload it, or re-apply the changes on top of it.
 *
 * Used inside an <Edit>: it wraps the edit controller's save.
 */
import { useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import {
  setSubmissionErrors,
  useDataProvider,
  useEditContext,
  useNotify,
  useResourceContext,
  useSaveContext,
  type HttpError,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import type { UnsavedDraft } from '../drafts/useUnsavedDraft.ts';
import { changedValues, isEditConflict } from '../api/editConflict.ts';

export interface EditConflict {
  /** The server's words: who changed the record, and when. */
  message: string;
  /** The user's changes, by field name. */
  mine: Record<string, unknown>;
  /** The record as stored now; undefined if it could not be loaded. */
  current?: RaRecord;
}

export interface EditConflicts {
  conflict?: EditConflict;
  /** The form's submit handler. */
  submit: (values: FieldValues) => Promise<unknown>;
  /** Discards the user's changes and loads the stored record. */
  reload: () => void;
  /** Puts the user's changes on top of the stored record and saves them again. */
  reapply: (form: UseFormReturn) => Promise<void>;
  /** Closes the conflict and leaves the form as it is. */
  dismiss: () => void;
}

interface UpdateVariables {
  id: Identifier;
  data: Record<string, unknown>;
  previousData?: RaRecord;
}

/** `draft` keeps the values of a save refused because the session ended. */
export function useEditConflicts(draft?: Pick<UnsavedDraft, 'saving'>): EditConflicts {
  const { save } = useSaveContext();
  const { refetch } = useEditContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [conflict, setConflict] = useState<EditConflict>();
  // After a re-apply, the user's changes are based on the record fetched at the conflict,
  // no longer on the page's record: a second conflict must compare with that one.
  const basedOn = useRef<RaRecord | undefined>(undefined);

  const showConflict = async (error: HttpError, { id, data, previousData }: UpdateVariables) => {
    const mine = changedValues(data, basedOn.current ?? previousData);
    const current = resource
      ? await dataProvider.getOne(resource, { id }).then(
          ({ data: record }) => record,
          () => undefined,
        )
      : undefined;
    setConflict({ message: error.message, mine, current });
  };

  const submit = (values: FieldValues) => (draft ? draft.saving(values, () => submitOnce(values)) : submitOnce(values));

  const submitOnce = async (values: FieldValues) => {
    if (!save) return undefined;
    let conflicted = false;
    const errors = await save(values, {
      // Replaces the edit controller's own error handling for this save, so it is redone here.
      onError: (error: unknown, variables: UpdateVariables) => {
        if (isEditConflict(error)) {
          conflicted = true;
          void showConflict(error, variables);
        } else if (!hasFieldErrors(error)) {
          // Field errors show under their inputs; anything else as a notification.
          notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
        }
      },
    });
    // The version "error" is the conflict itself, shown by the dialog rather than under an input.
    return conflicted ? undefined : errors;
  };

  const reload = () => {
    basedOn.current = undefined;
    setConflict(undefined);
    // A new record resets the form to it (react-admin's form follows its record).
    void refetch();
  };

  const reapply = async (form: UseFormReturn) => {
    if (!conflict?.current) return;
    const { current, mine } = conflict;
    basedOn.current = current;
    setConflict(undefined);
    form.reset(current);
    for (const [name, value] of Object.entries(mine)) form.setValue(name, value, { shouldDirty: true });
    await form.handleSubmit(async (values) => {
      const errors = await submit(values);
      if (errors && typeof errors === 'object') setSubmissionErrors(errors, form.setError);
    })();
  };

  return { conflict, submit, reload, reapply, dismiss: () => setConflict(undefined) };
}

function hasFieldErrors(error: unknown): boolean {
  const errors = (error as Partial<HttpError> | undefined)?.body?.errors;
  return typeof errors === 'object' && errors !== null && Object.keys(errors).length > 0;
}
