/**
 * Loads GET /api/dashboards/:name for the chosen period. A signed-out answer (401) goes through
 * react-admin's own check, which sends the visitor to the sign-in page.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../api/httpClient.ts';
import type { PeriodValue, WidgetData } from './types.ts';

export function dashboardUrl(name: string, period: PeriodValue): string {
  const url = new URL(`/api/dashboards/${encodeURIComponent(name)}`, window.location.origin);
  if (period.from) url.searchParams.set('from', period.from);
  if (period.to) url.searchParams.set('to', period.to);
  return url.toString();
}

export function useDashboardData(name: string, period: PeriodValue, enabled = true) {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const query = useQuery({
    queryKey: ['dashboard', name, period.from, period.to],
    queryFn: async () => (await httpClient(dashboardUrl(name, period))).json as { widgets: WidgetData[] },
    enabled,
    retry: false,
  });
  useEffect(() => {
    if (query.error) void logoutIfAccessDenied(query.error);
  }, [query.error, logoutIfAccessDenied]);
  return query;
}
