/**
 * The API's answers beyond ra-data-simple-rest's protocol; their types live with the server's
 * engine. Messages in them arrive said in the user's language (`Rendered`): the client shows
 * them as they are and never translates them again.
 */
import type { ImportProblem as HeldImportProblem, ImportReport as HeldImportReport } from '../../../server/engine/api-types.ts';
import type { Rendered } from '../../../server/engine/messages/message.ts';

export type { Changes, CommentEntry, FieldChange, HistoryAction, HistoryEntry, QueueCount } from '../../../server/engine/api-types.ts';
export type ImportProblem = Rendered<HeldImportProblem>;
export type ImportReport = Rendered<HeldImportReport>;

export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<ImportReport>;
  return typeof report.total === 'number' && Array.isArray(report.errors);
}
