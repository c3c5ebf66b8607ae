/**
 * The field-by-field difference one history entry records: label, value before, value after,
 * each shown the way the field is shown everywhere. Fields the schema does not give the role
 * are left out, even if the entry carries them.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RaRecord } from 'react-admin';
import type { FieldChange } from '../api/types.ts';
import { FieldValue } from '../fields/FieldValue.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';

export interface HistoryChangesProps {
  resource: ResourceSchema;
  changes: Record<string, FieldChange>;
  /** The record now: the rest of the state a value is read in (a discount's unit). */
  record: RaRecord;
}

export function HistoryChanges({ resource, changes, record }: HistoryChangesProps) {
  const label = useLabel();
  const message = useMessage();
  const shown = resource.fields.filter((field) => Object.hasOwn(changes, field.name));
  if (!shown.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {message('historyNoVisibleChanges')}
      </Typography>
    );
  }
  const side = (which: 'from' | 'to') => ({
    ...record,
    ...Object.fromEntries(Object.entries(changes).flatMap(([name, change]) => ('changed' in change ? [] : [[name, change[which]]]))),
  });
  const [before, after] = [side('from'), side('to')];
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '30%' }}>{message('conflictField')}</TableCell>
          <TableCell>{message('historyFrom')}</TableCell>
          <TableCell>{message('historyTo')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shown.map((field) => {
          const change = changes[field.name];
          return (
            <TableRow key={field.name}>
              <TableCell component="th" scope="row">
                {label(field.label)}
              </TableCell>
              {'changed' in change ? (
                <TableCell colSpan={2}>{message('historyChanged')}</TableCell>
              ) : (
                <>
                  <TableCell>
                    <FieldValue field={field} value={change.from} context={before} />
                  </TableCell>
                  <TableCell>
                    <FieldValue field={field} value={change.to} context={after} />
                  </TableCell>
                </>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
