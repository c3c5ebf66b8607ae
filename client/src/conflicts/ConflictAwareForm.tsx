/**
 * react-admin's SimpleForm for edit pages, with edit conflicts (409) shown and resolved in a
 * dialog instead of the save being silently refused. Hand-written edit views can use it too.
 */
import { SimpleForm, type SimpleFormProps } from 'react-admin';
import { EditConflictDialog } from './EditConflictDialog.tsx';
import { useEditConflicts } from './useEditConflicts.ts';

export function ConflictAwareForm({ children, ...props }: Omit<SimpleFormProps, 'onSubmit'>) {
  const conflicts = useEditConflicts();
  return (
    <SimpleForm {...props} onSubmit={conflicts.submit}>
      {children}
      <EditConflictDialog conflicts={conflicts} />
    </SimpleForm>
  );
}
