/**
 * The signed-in user's work queues with their counts (GET /api/queues), shared by the menu and
 * the reminder bell through one react-query entry: fetched again every minute, and at once
 * after any write the admin makes (a save, a workflow step, a delete), since a write is what
 * moves records in and out of queues.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import type { QueueCount } from '../api/types.ts';

export const QUEUES_KEY = ['queues'] as const;
const REFRESH_MS = 60_000;

export function queuesUrl(): string {
  return `${window.location.origin}/api/queues`;
}

export function useQueues(): QueueCount[] {
  const queryClient = useQueryClient();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { data, error } = useQuery({
    queryKey: QUEUES_KEY,
    queryFn: async () => (await httpClient(queuesUrl())).json as QueueCount[],
    refetchInterval: REFRESH_MS,
    retry: false,
  });
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.mutation.state.status === 'success') {
          void queryClient.invalidateQueries({ queryKey: QUEUES_KEY });
        }
      }),
    [queryClient],
  );
  // A session that ended between two refreshes signs out, as any other call would.
  useEffect(() => {
    if (error) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return Array.isArray(data) ? data : [];
}

/** Where a queue's records are listed: the resource's list with the queue's filter. */
export function queueLink(queue: QueueCount): { pathname: string; search: string } {
  return { pathname: `/${queue.resource}`, search: `?${new URLSearchParams({ filter: JSON.stringify(queue.filter) })}` };
}
