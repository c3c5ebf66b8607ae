/**
 * Loads GET /api/dashboards/:name for the chosen period. A signed-out answer (401) goes through
 * react-admin's own check, which sends the visitor to the sign-in page.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import type { DashboardData, PeriodValue } from './types.ts';

export function dashboardUrl(name: string, period: PeriodValue): string {
  const url = new URL(`/api/dashboards/${encodeURIComponent(name)}`, window.location.origin);
  // A preset goes as its name: the server resolves it in the shop's calendar, not the browser's.
  if (period.preset && period.preset !== 'custom') url.searchParams.set('period', period.preset);
  if (period.preset === 'custom' && period.from) url.searchParams.set('from', period.from);
  if (period.preset === 'custom' && period.to) url.searchParams.set('to', period.to);
  return url.toString();
}

export function useDashboardData(name: string, period: PeriodValue, enabled = true) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const url = dashboardUrl(name, period);
  const query = useQuery({
    queryKey: ['dashboard', url],
    queryFn: async () => (await httpClient(url)).json as DashboardData,
    enabled,
    retry: false,
  });
  useEffect(() => {
    if (query.error) void logoutIfAccessDenied(query.error);
  }, [query.error, logoutIfAccessDenied]);
  return query;
}
