/** A breakdown as a table: one row per group, one column per measure. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useLocaleState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { formatMeasure } from './formatMeasure.ts';
import { groupName } from './groupName.ts';
import type { BreakdownSchema, GroupRow } from './types.ts';

export function BreakdownTable({ widget, rows }: { widget: BreakdownSchema; rows: GroupRow[] }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{label(widget.groupBy.label)}</TableCell>
          {widget.measures.map((measure) => (
            <TableCell key={measure.id} align="right">
              {label(measure.label)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={String(row.key)}>
            <TableCell>{groupName(row, locale)}</TableCell>
            {widget.measures.map((measure) => (
              <TableCell key={measure.id} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMeasure(row.values[measure.id], measure.unit, locale)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
