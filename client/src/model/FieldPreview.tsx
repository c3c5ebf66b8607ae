/**
 * The live preview beside a runtime field's form: the form of the resource it goes on, drawn by
 * the same generator as every form of the admin, with the new field in it as the entry now
 * describes it (type, labels in the current language, bounds, choices, default). Values typed
 * here are never saved.
 */
import { previewField } from './previewField.ts';
import { usePreviewValues } from './previewContext.tsx';
import { useKit } from './kit.tsx';
import { useModelMessage } from './modelMessages.ts';
import { PreviewCard } from './PreviewCard.tsx';

export function FieldPreview() {
  const values = usePreviewValues();
  const { inputElement, findResource, useAppSchema, useLabel, ra, mui } = useKit();
  const app = useAppSchema();
  const label = useLabel();
  const message = useModelMessage();
  const field = previewField(values);
  const target = findResource(app, typeof values.resource === 'string' ? values.resource : undefined);
  const others = (target?.fields ?? []).filter((other) => !other.readOnly && other.name !== field?.name);
  return (
    <PreviewCard note={field ? message('previewNote') : message('previewNoName')}>
      {app && field && (
        // A new form whenever the field changes shape, so the preview starts from its default.
        <ra.Form key={JSON.stringify(field)} record={{}} noValidate>
          {others.map((other) => inputElement(other, { mode: 'create', label, app }))}
          <mui.Box sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 1 }} data-testid="previewed-field">
            {inputElement(field, { mode: 'create', label, app })}
          </mui.Box>
        </ra.Form>
      )}
    </PreviewCard>
  );
}
