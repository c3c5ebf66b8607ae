/**
 * react-admin's SimpleForm for edit pages, with edit conflicts (409) shown and resolved in a
 * dialog instead of the save being silently refused, and the values of a save refused because
 * the session ended kept until the user is back after signing in again. Hand-written edit views
 * can use it too.
 */
import { SimpleForm, useEditContext, type SimpleFormProps } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { RestoredDraft } from '../drafts/RestoredDraft.tsx';
import { useUnsavedDraft } from '../drafts/useUnsavedDraft.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { EditConflictDialog } from './EditConflictDialog.tsx';
import { useEditConflicts } from './useEditConflicts.ts';
import { useStepGuard } from '../workflow/StepConfirmDialog.tsx';

export function ConflictAwareForm({ children, ...props }: Omit<SimpleFormProps, 'onSubmit'>) {
  const { record } = useEditContext();
  const draft = useUnsavedDraft(useResourceSchema(), record?.id);
  const conflicts = useEditConflicts(draft);
  // A workflow step that changes other records (receiving adds stock) is confirmed before saving.
  const steps = useStepGuard();
  return (
    <SimpleForm {...props} onSubmit={(values: FieldValues) => steps.guard(values, () => conflicts.submit(values))}>
      <RestoredDraft restored={draft.restored} />
      {children}
      <EditConflictDialog conflicts={conflicts} />
      {steps.dialog}
    </SimpleForm>
  );
}
