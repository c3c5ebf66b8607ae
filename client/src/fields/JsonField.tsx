/**
 * Structured data the server wrote (an audit entry's details), as a small table of its keys and
 * values rather than "[object Object]"; nested values are shown as compact JSON.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useFieldValue, type FieldProps } from 'react-admin';

export function JsonField(props: FieldProps) {
  const value: unknown = useFieldValue(props);
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return <span>{plainText(value)}</span>;
  return <JsonTable value={value as Record<string, unknown>} />;
}

export function JsonTable({ value }: { value: Record<string, unknown> }) {
  return (
    <Table size="small">
      <TableBody>
        {Object.entries(value).map(([key, item]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ width: '30%' }}>
              {key}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{plainText(item)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function plainText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
