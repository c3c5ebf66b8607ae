/**
 * The data-model screens as overrides of the generated views of the resources with the word
 * `modelEntries`, each loaded only when an administrator opens it: the sign-in page's bundle
 * carries none of their code.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { httpClient } from '../api/httpClient.ts';
import { inputElement } from '../generator/inputElement.tsx';
import { labelFor, useLabel } from '../i18n/labels.ts';
import { fill } from '../i18n/messages.ts';
import { findResource, useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { resourceIcon } from '../layout/resourceIcons.ts';
import { writableValues } from '../schema/writableValues.ts';
import type { ModelKit } from './kit.tsx';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Button,
  Create,
  Edit,
  Form,
  SelectInput,
  ShowButton,
  SimpleForm,
  TextInput,
  TopToolbar,
  useAuthProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useResourceContext,
} from 'react-admin';

const FieldEntryCreate = lazy(() => import('./modelPages.tsx').then((module) => ({ default: module.pages.FieldEntryCreate })));
const FieldEntryEdit = lazy(() => import('./modelPages.tsx').then((module) => ({ default: module.pages.FieldEntryEdit })));
const ResourceEntryCreate = lazy(() => import('./modelPages.tsx').then((module) => ({ default: module.pages.ResourceEntryCreate })));
const ResourceEntryEdit = lazy(() => import('./modelPages.tsx').then((module) => ({ default: module.pages.ResourceEntryEdit })));

const KIT: ModelKit = {
  inputElement,
  writableValues,
  useAppSchema,
  useResourceSchema,
  findResource,
  resourceIcon,
  useLabel,
  labelFor,
  fill,
  httpClient,
  ra: { Create, Edit, SimpleForm, Form, SelectInput, TextInput, Button, TopToolbar, ShowButton, useNotify, useRedirect, useAuthProvider, useLocaleState, useResourceContext, useRecordContext },
  useWatch,
  useFormContext,
  useQueryClient,
  mui: { Box, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Typography },
};

function loading(Page: LazyExoticComponent<ComponentType<{ kit: ModelKit }>>): ComponentType {
  return function LazyPage() {
    return (
      <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
        <Page kit={KIT} />
      </Suspense>
    );
  };
}

/** In the shape of resources/registry.ts's OverrideRegistry (not imported: that folder imports this one). */
export const MODEL_OVERRIDES: Record<string, { create: ComponentType; edit: ComponentType }> = {
  schema_fields: { create: loading(FieldEntryCreate), edit: loading(FieldEntryEdit) },
  schema_resources: { create: loading(ResourceEntryCreate), edit: loading(ResourceEntryEdit) },
};
