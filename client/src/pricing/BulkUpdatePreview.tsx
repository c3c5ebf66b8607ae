/**
 * The rows of a bulk update's report: each record's values before and after, the floor of each
 * floored field, and why a row would be refused. Flagged rows (below a floor) are highlighted,
 * refused ones more strongly.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { alpha } from '@mui/material/styles';
import { useLocaleState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { displayMoney, displayPercent } from '../inputs/hundredths.ts';
import type { FieldSchema } from '../schema/types.ts';
import type { BulkUpdateRow } from '../api/bulkUpdateApi.ts';

export function BulkUpdatePreview({ rows, fields }: { rows: BulkUpdateRow[]; fields: FieldSchema[] }) {
  const label = useLabel();
  const message = useMessage();
  const [locale] = useLocaleState();
  const shown = Object.keys(rows[0]?.before ?? {});
  const floored = [...new Set(rows.flatMap((row) => Object.keys(row.floors)))];
  const fieldLabel = (name: string) => {
    const field = fields.find((candidate) => candidate.name === name);
    return field ? label(field.label) : name;
  };
  const display = (name: string, value: unknown) => {
    if (typeof value !== 'number') return '';
    const type = fields.find((field) => field.name === name)?.type;
    return type === 'money' ? displayMoney(value, locale) : type === 'basis_points' ? displayPercent(value, locale) : String(value);
  };
  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table size="small" stickyHeader aria-label={message('bulkUpdatePreview')}>
        <TableHead>
          <TableRow>
            <TableCell>{message('bulkUpdateRecord')}</TableCell>
            {shown.flatMap((name) => [
              <TableCell key={`${name}-before`} align="right">
                {message('bulkUpdateBefore', { field: fieldLabel(name) })}
              </TableCell>,
              <TableCell key={`${name}-after`} align="right">
                {message('bulkUpdateAfter', { field: fieldLabel(name) })}
              </TableCell>,
            ])}
            {floored.map((name) => (
              <TableCell key={`${name}-floor`} align="right">
                {message('bulkUpdateFloor', { field: fieldLabel(name) })}
              </TableCell>
            ))}
            <TableCell>{message('bulkUpdateProblem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.id}
              data-flagged={row.flagged || undefined}
              data-refused={row.errors ? true : undefined}
              sx={(theme) => ({
                backgroundColor: row.errors
                  ? alpha(theme.palette.error.main, 0.15)
                  : row.flagged
                    ? alpha(theme.palette.warning.main, 0.15)
                    : undefined,
              })}
            >
              <TableCell>{String(row.label ?? `#${row.id}`)}</TableCell>
              {shown.flatMap((name) => [
                <TableCell key={`${name}-before`} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {display(name, row.before[name])}
                </TableCell>,
                <TableCell key={`${name}-after`} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {display(name, row.after[name])}
                </TableCell>,
              ])}
              {floored.map((name) => (
                <TableCell key={`${name}-floor`} align="right">
                  {display(name, row.floors[name])}
                </TableCell>
              ))}
              <TableCell>{row.errors ? Object.values(row.errors).join('; ') : row.unchanged ? message('bulkUpdateUnchanged') : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
