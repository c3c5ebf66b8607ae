/**
 * The create or edit page of a model entry (a runtime field or resource): its inputs in a form,
 * the live preview of what it makes beside them, fed the form's values as they change.
 */
import type { ReactNode } from 'react';
import type { RaRecord } from 'react-admin';
import { useKit } from './kit.tsx';
import { ModelEditActions, useModelChanged } from './modelChange.tsx';
import { PreviewValuesProvider } from './previewContext.tsx';

export type EntryTransform = (data: RaRecord, options?: { previousData?: RaRecord }) => Record<string, unknown>;

export function EntryPage({ mode, transform, preview, children }: { mode: 'create' | 'edit'; transform: EntryTransform; preview: ReactNode; children: ReactNode }) {
  const { ra } = useKit();
  // A new entry opens for its fields and export; a changed one goes back to the list.
  const onSuccess = useModelChanged(mode === 'create' ? 'edit' : 'list');
  const form = <ra.SimpleForm>{children}</ra.SimpleForm>;
  return (
    <PreviewValuesProvider>
      {mode === 'create' ? (
        <ra.Create transform={transform} mutationOptions={{ onSuccess }} aside={preview}>
          {form}
        </ra.Create>
      ) : (
        <ra.Edit transform={transform} mutationMode="pessimistic" mutationOptions={{ onSuccess }} aside={preview} actions={<ModelEditActions />}>
          {form}
        </ra.Edit>
      )}
    </PreviewValuesProvider>
  );
}
