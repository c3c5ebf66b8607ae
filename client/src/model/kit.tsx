/**
 * What the data-model pages take from the rest of the client (the form generator, the schema,
 * labels, the HTTP client), handed in by lazyModelPages.tsx rather than imported. The bundler
 * moves every module that a lazily loaded chunk shares with the sign-in page's bundle out into
 * chunks of their own, which costs that bundle KBs of compression (measured 7 KB over its budget
 * when these pages imported them, 5 KB with only react-admin's own); handed in, they stay where
 * they are, and these pages import nothing but React and their own files.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { fetchUtils } from 'react-admin';
import type * as ReactAdmin from 'react-admin';
import type * as HookForm from 'react-hook-form';
import type * as ReactQuery from '@tanstack/react-query';
import type MuiBox from '@mui/material/Box';
import type MuiCard from '@mui/material/Card';
import type MuiCardContent from '@mui/material/CardContent';
import type MuiDialog from '@mui/material/Dialog';
import type MuiDialogActions from '@mui/material/DialogActions';
import type MuiDialogContent from '@mui/material/DialogContent';
import type MuiDialogTitle from '@mui/material/DialogTitle';
import type MuiTypography from '@mui/material/Typography';
import type { FieldSchema, AppSchema, Label, ResourceSchema } from '../schema/types.ts';
import type { InputContext } from '../generator/inputElement.tsx';
import type { MessageValues } from '../i18n/messages.ts';

export interface ModelKit {
  inputElement(field: FieldSchema, context: InputContext): ReactNode;
  writableValues(resource: ResourceSchema, data: Record<string, unknown>): Record<string, unknown>;
  useAppSchema(): AppSchema | undefined;
  useResourceSchema(name?: string): ResourceSchema | undefined;
  findResource(schema: AppSchema | undefined, name: string | undefined): ResourceSchema | undefined;
  resourceIcon(name: string | undefined): ComponentType;
  useLabel(): (label: Label) => string;
  labelFor(label: Label, locale?: string): string;
  fill(text: string, values?: MessageValues, locale?: string): string;
  httpClient(url: string, options?: fetchUtils.Options): Promise<{ json: unknown }>;
  ra: Pick<
    typeof ReactAdmin,
    | 'Create'
    | 'Edit'
    | 'SimpleForm'
    | 'Form'
    | 'SelectInput'
    | 'TextInput'
    | 'Button'
    | 'TopToolbar'
    | 'ShowButton'
    | 'useNotify'
    | 'useRedirect'
    | 'useAuthProvider'
    | 'useLocaleState'
    | 'useResourceContext'
    | 'useRecordContext'
  >;
  useWatch: typeof HookForm.useWatch;
  useFormContext: typeof HookForm.useFormContext;
  useQueryClient: typeof ReactQuery.useQueryClient;
  mui: {
    Box: typeof MuiBox;
    Card: typeof MuiCard;
    CardContent: typeof MuiCardContent;
    Dialog: typeof MuiDialog;
    DialogActions: typeof MuiDialogActions;
    DialogContent: typeof MuiDialogContent;
    DialogTitle: typeof MuiDialogTitle;
    Typography: typeof MuiTypography;
  };
}

const Kit = createContext<ModelKit | undefined>(undefined);

export function KitProvider({ kit, children }: { kit: ModelKit; children: ReactNode }) {
  return <Kit.Provider value={kit}>{children}</Kit.Provider>;
}

export function useKit(): ModelKit {
  const kit = useContext(Kit);
  if (!kit) throw new Error('The data-model pages are rendered through lazyModelPages.tsx');
  return kit;
}
