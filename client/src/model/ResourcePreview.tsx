/**
 * The live preview beside a runtime resource's form: its menu entry (department, icon, label in
 * the current language) and its form as the generator draws it, with the runtime fields it has
 * so far. Values typed here are never saved.
 */
import { usePreviewValues } from './previewContext.tsx';
import { useKit } from './kit.tsx';
import { useModelMessage } from './modelMessages.ts';
import { PreviewCard } from './PreviewCard.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function ResourcePreview() {
  const values = usePreviewValues();
  const { inputElement, findResource, resourceIcon, useAppSchema, useLabel, ra, mui } = useKit();
  const app = useAppSchema();
  const label = useLabel();
  const message = useModelMessage();
  const zh = text(values.label_zh);
  const en = text(values.label_en);
  if (!app || (!zh && !en)) return <PreviewCard note={message('previewNoLabel')} />;
  const department = app.departments.find((candidate) => candidate.id === values.department);
  const Icon = resourceIcon(text(values.icon) || undefined);
  // The resource as served once saved: its runtime fields, drawn as its create form draws them.
  const fields = (findResource(app, text(values.name))?.fields ?? []).filter((field) => !field.readOnly);
  return (
    <PreviewCard note={message('previewNote')}>
      <mui.Box sx={{ typography: 'caption', color: 'text.secondary' }}>{department ? label(department.label) : ''}</mui.Box>
      <mui.Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }} data-testid="previewed-menu-entry">
        <Icon />
        <mui.Typography>{label({ zh: zh || en, en: en || zh })}</mui.Typography>
      </mui.Box>
      {fields.length ? (
        <ra.Form record={{}} noValidate>
          {fields.map((field) => inputElement(field, { mode: 'create', label, app }))}
        </ra.Form>
      ) : (
        <mui.Typography variant="body2">{message('previewNoFields')}</mui.Typography>
      )}
    </PreviewCard>
  );
}
