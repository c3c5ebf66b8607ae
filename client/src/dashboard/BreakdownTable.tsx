/**
 * A breakdown as a table: one row per group, one column per measure. A row opens the list of
 * the group's rows (its name is the link, for the keyboard). Cells keep to one line: the card
 * scrolls sideways on a narrow screen.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { LinkBase, useLocaleState, useNavigate } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { formatMeasure } from './formatMeasure.ts';
import { groupName } from './groupName.ts';
import { useListLink } from './listLink.ts';
import { NO_WRAP } from './RecordsWidget.tsx';
import type { BreakdownSchema, GroupRow } from './types.ts';

export function BreakdownTable({ widget, rows }: { widget: BreakdownSchema; rows: GroupRow[] }) {
  const label = useLabel();
  const [locale] = useLocaleState();
  const listLink = useListLink();
  const navigate = useNavigate();
  return (
    <Table size="small" sx={NO_WRAP}>
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
        {rows.map((row) => {
          const href = row.filter ? listLink(widget.resource, row.filter) : undefined;
          return (
            <TableRow key={String(row.key)} hover={Boolean(href)} onClick={href ? () => navigate(href) : undefined} sx={href ? { cursor: 'pointer' } : undefined}>
              <TableCell sx={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }} title={groupName(row, locale)}>
                {href ? (
                  <LinkBase to={href} onClick={(event: React.MouseEvent) => event.stopPropagation()} style={{ color: 'inherit' }}>
                    {groupName(row, locale)}
                  </LinkBase>
                ) : (
                  groupName(row, locale)
                )}
              </TableCell>
              {widget.measures.map((measure) => (
                <TableCell key={measure.id} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMeasure(row.values[measure.id], measure.unit, locale)}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
