/**
 * One CSV import at a time for a resource: a dry run or the real thing, with the upload's
 * progress and the server's report. A new run, or leaving, cancels the one in flight.
 */
import { useEffect, useRef, useState } from 'react';
import { HttpError, useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { isImportReport, type ImportReport } from '../api/types.ts';

export interface CsvImportState {
  pending: boolean;
  /** Share of the file uploaded (0…1), or null while the server works on it. */
  progress: number | null;
  report?: ImportReport;
  /** The report says every row is valid (a 200 answer); otherwise nothing was applied. */
  valid: boolean;
  /** A failure without a report (no permission, too large, offline). */
  error?: string;
}

const IDLE: CsvImportState = { pending: false, progress: null, valid: false };

export interface CsvImport extends CsvImportState {
  run(params: { file: File; match?: string; dryRun: boolean }): Promise<CsvImportState>;
  reset(): void;
}

export function useCsvImport(resource: string): CsvImport {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<CsvImportState>(IDLE);
  const inFlight = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => inFlight.current?.abort(), []);

  const run: CsvImport['run'] = async ({ file, match, dryRun }) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ ...IDLE, pending: true, progress: 0 });
    let outcome: CsvImportState;
    try {
      const { data } = await dataProvider.importCsv(resource, {
        file,
        match,
        dryRun,
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState((previous) => ({ ...previous, progress }));
        },
      });
      outcome = { ...IDLE, report: data, valid: true };
    } catch (error) {
      if (controller.signal.aborted) return IDLE;
      outcome =
        error instanceof HttpError && isImportReport(error.body)
          ? { ...IDLE, report: error.body }
          : { ...IDLE, error: errorMessage(error) };
    }
    if (inFlight.current === controller) inFlight.current = undefined;
    setState(outcome);
    return outcome;
  };

  const reset = () => {
    inFlight.current?.abort();
    inFlight.current = undefined;
    setState(IDLE);
  };

  return { ...state, run, reset };
}
