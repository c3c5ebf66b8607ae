/**
 * After a change of the data model the admin's own schema is out of date (menus, forms, access):
 * a saved entry has the schema loaded afresh, so a new field or resource shows without a reload.
 */
import type { RaRecord } from 'react-admin';
import { ExportCodeButton } from './ExportCodeButton.tsx';
import { useKit } from './kit.tsx';

export function useModelChanged(then: 'edit' | 'list') {
  const { ra, useQueryClient } = useKit();
  const authProvider = ra.useAuthProvider() as { refreshSchema?: () => void } | undefined;
  const queryClient = useQueryClient();
  const notify = ra.useNotify();
  const redirect = ra.useRedirect();
  const resource = ra.useResourceContext();
  return (record: RaRecord) => {
    authProvider?.refreshSchema?.();
    void queryClient.invalidateQueries({ queryKey: ['auth'] });
    notify(then === 'edit' ? 'ra.notification.created' : 'ra.notification.updated', { messageArgs: { smart_count: 1 } });
    redirect(then, resource, record.id);
  };
}

export function ModelEditActions() {
  const { ra } = useKit();
  return (
    <ra.TopToolbar>
      <ExportCodeButton />
      <ra.ShowButton />
    </ra.TopToolbar>
  );
}
