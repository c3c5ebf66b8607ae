import { useEffect, useState } from 'react';
import { useDataProvider, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import type { HistoryEntry } from '../api/types.ts';

export interface RecordHistoryState {
  entries?: HistoryEntry[];
  error?: Error;
}

/**
 * A record's history, fetched again whenever the record's version changes: after a save, a
 * restore or a refresh, the newest entry is there.
 */
export function useRecordHistory(resource: string | undefined, id: Identifier | undefined, version: unknown): RecordHistoryState {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<RecordHistoryState>({});
  useEffect(() => {
    if (resource === undefined || id === undefined) return;
    let current = true;
    dataProvider.getHistory(resource, { id }).then(
      ({ data }) => current && setState({ entries: data }),
      (error: Error) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, resource, id, version]);
  return state;
}
