/**
 * react-admin's SimpleForm for edit pages, with edit conflicts (409) shown and resolved in a
 * dialog instead of the save being silently refused. Hand-written edit views can use it too.
 */
import { SimpleForm, type SimpleFormProps } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { EditConflictDialog } from './EditConflictDialog.tsx';
import { useEditConflicts } from './useEditConflicts.ts';
import { useStepGuard } from '../workflow/StepConfirmDialog.tsx';

export function ConflictAwareForm({ children, ...props }: Omit<SimpleFormProps, 'onSubmit'>) {
  const conflicts = useEditConflicts();
  // A workflow step that changes other records (receiving adds stock) is confirmed before saving.
  const steps = useStepGuard();
  return (
    <SimpleForm {...props} onSubmit={(values: FieldValues) => steps.guard(values, () => conflicts.submit(values))}>
      {children}
      <EditConflictDialog conflicts={conflicts} />
      {steps.dialog}
    </SimpleForm>
  );
}
