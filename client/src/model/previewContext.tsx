/**
 * The entry form's values, handed from inside the form (where react-hook-form holds them) to the
 * preview beside it, which is a form of its own and so cannot sit inside the entry's form.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useKit } from './kit.tsx';
import type { EntryValues } from './previewField.ts';

const PreviewValues = createContext<{ values: EntryValues; publish(values: EntryValues): void }>({ values: {}, publish: () => undefined });

export function PreviewValuesProvider({ children }: { children: ReactNode }) {
  const [values, publish] = useState<EntryValues>({});
  return <PreviewValues.Provider value={{ values, publish }}>{children}</PreviewValues.Provider>;
}

/** Inside the entry's form: publishes its values as they change. */
export function PublishValues() {
  const values = useKit().useWatch() as EntryValues;
  const { publish } = useContext(PreviewValues);
  const serialised = JSON.stringify(values);
  useEffect(() => publish(JSON.parse(serialised) as EntryValues), [serialised, publish]);
  return null;
}

export function usePreviewValues(): EntryValues {
  return useContext(PreviewValues).values;
}
