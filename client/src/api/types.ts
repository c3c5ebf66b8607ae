/** The API's answers beyond ra-data-simple-rest's protocol; their types live with the server's engine. */
import type { ImportReport } from '../../../server/engine/api-types.ts';

export type { Changes, CommentEntry, FieldChange, HistoryAction, HistoryEntry, ImportProblem, ImportReport, QueueCount } from '../../../server/engine/api-types.ts';

export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<ImportReport>;
  return typeof report.total === 'number' && Array.isArray(report.errors);
}
