/**
 * What the server said about an imported file: how many rows it would create and update, or
 * each problem by row and field (the first 200; the rest are counted).
 */
import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportReport } from '../api/types.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';

export const SHOWN_PROBLEMS = 200;

export function ImportReportView({ report, valid, resource }: { report: ImportReport; valid: boolean; resource: ResourceSchema }) {
  const label = useLabel();
  const message = useMessage();
  const counts = { total: report.total, created: report.created, updated: report.updated };
  if (valid) return <Alert severity="success">{message('importSummary', counts)}</Alert>;

  const fieldLabel = (name: string | undefined) => {
    const field = resource.fields.find((candidate) => candidate.name === name);
    return field ? label(field.label) : (name ?? '');
  };
  const problems = report.errors.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <Alert severity="error" sx={{ mb: 1 }}>
        {report.errors.length ? message('importErrors', { count: report.errors.length }) : report.message}
      </Alert>
      {problems.length > 0 && (
        <TableContainer sx={{ maxHeight: 320 }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{message('importRow')}</TableCell>
                <TableCell>{message('importField')}</TableCell>
                <TableCell>{message('importMessage')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {problems.map((problem, index) => (
                <TableRow key={index}>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell>{fieldLabel(problem.field)}</TableCell>
                  <TableCell>{problem.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {report.errors.length > SHOWN_PROBLEMS && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {message('importErrorsFirst', { shown: SHOWN_PROBLEMS })}
        </Typography>
      )}
    </>
  );
}
