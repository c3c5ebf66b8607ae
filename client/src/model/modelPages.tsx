/**
 * The data-model pages as one lazily loaded module, each given the kit it draws with
 * (kit.tsx explains why it is handed in).
 */
import type { ComponentType } from 'react';
import { FieldEntryCreate, FieldEntryEdit } from './FieldEntryPages.tsx';
import { ResourceEntryCreate, ResourceEntryEdit } from './ResourceEntryPages.tsx';
import { KitProvider, type ModelKit } from './kit.tsx';

function withKit(Page: ComponentType): ComponentType<{ kit: ModelKit }> {
  return function PageWithKit({ kit }) {
    return (
      <KitProvider kit={kit}>
        <Page />
      </KitProvider>
    );
  };
}

export const pages = {
  FieldEntryCreate: withKit(FieldEntryCreate),
  FieldEntryEdit: withKit(FieldEntryEdit),
  ResourceEntryCreate: withKit(ResourceEntryCreate),
  ResourceEntryEdit: withKit(ResourceEntryEdit),
};
