/**
 * Adding and changing a child record without leaving its parent's page (a product of a
 * promotion, a medium invited to an event, an item of a purchase list): the child's own
 * generated form in a dialog, with the reference to the parent filled in and not shown.
 * Pessimistic like every edit here, so the server's field errors and conflicts appear in the form.
 */
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState, type ReactNode } from 'react';
import {
  Button,
  CreateBase,
  EditBase,
  SimpleForm,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ConflictAwareForm } from '../conflicts/ConflictAwareForm.tsx';
import { useLabel } from '../i18n/labels.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { inputElement } from './inputElement.tsx';
import { writableValues } from '../schema/writableValues.ts';

interface ChildDialogProps {
  child: ResourceSchema;
  foreignKey: string;
}

function useChildForm({ child, foreignKey }: ChildDialogProps, mode: 'create' | 'edit') {
  const app = useAppSchema();
  const label = useLabel();
  const fields = child.fields.filter((field) => field.name !== foreignKey && !field.system && (mode === 'edit' || !field.readOnly));
  return app ? fields.map((field) => inputElement(field, { mode, label, app })) : [];
}

function ChildDialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  return (
    // The dialog sits in a table row: keep its clicks from reaching the row (which opens the record).
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" onClick={(event) => event.stopPropagation()}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
    </Dialog>
  );
}

/** Closes the dialog and reloads the page's data (the parent's totals may follow the child). */
function useDone(close: () => void, message: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  return () => {
    close();
    notify(message, { type: 'info', messageArgs: { smart_count: 1 } });
    refresh();
  };
}

export function AddChildButton(props: ChildDialogProps) {
  const { child, foreignKey } = props;
  const parent = useRecordContext();
  const translate = useTranslate();
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const inputs = useChildForm(props, 'create');
  const done = useDone(() => setOpen(false), 'ra.notification.created');
  if (!parent) return null;
  return (
    <>
      <Button label="ra.action.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <ChildDialog title={`${translate('ra.action.add')}: ${label(child.labelSingular)}`} open={open} onClose={() => setOpen(false)}>
        {open && (
          <CreateBase
            resource={child.name}
            record={{ [foreignKey]: parent.id }}
            redirect={false}
            transform={(data: RaRecord) => writableValues(child, data)}
            mutationOptions={{ onSuccess: done }}
          >
            <SimpleForm>{inputs}</SimpleForm>
          </CreateBase>
        )}
      </ChildDialog>
    </>
  );
}

export function EditChildButton(props: ChildDialogProps) {
  const { child } = props;
  const record = useRecordContext();
  const translate = useTranslate();
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const inputs = useChildForm(props, 'edit');
  const done = useDone(() => setOpen(false), 'ra.notification.updated');
  if (!record) return null;
  return (
    <>
      <Button label="ra.action.edit" onClick={(event) => (event.stopPropagation(), setOpen(true))}>
        <EditIcon />
      </Button>
      <ChildDialog title={`${translate('ra.action.edit')}: ${label(child.labelSingular)}`} open={open} onClose={() => setOpen(false)}>
        {open && (
          <EditBase
            resource={child.name}
            id={record.id}
            redirect={false}
            mutationMode="pessimistic"
            transform={(data: RaRecord) => writableValues(child, data)}
            mutationOptions={{ onSuccess: done }}
          >
            {/* As on the edit page: a conflict (409) shows the other person's values beside the user's. */}
            <ConflictAwareForm>{inputs}</ConflictAwareForm>
          </EditBase>
        )}
      </ChildDialog>
    </>
  );
}
