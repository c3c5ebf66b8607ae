/**
 * The dashboard's chosen period: in the page's URL (`?period=this_month`, or `?period=custom&
 * from=…&to=…`), so a link or the browser's back button brings it back, and remembered per user
 * in react-admin's store for the next visit that comes without one.
 */
import { useCallback } from 'react';
import { useLocation, useNavigate, useStore } from 'react-admin';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { PRESETS, type PeriodValue } from './types.ts';

const ALL_TIME: PeriodValue = { preset: '', from: '', to: '' };

export function periodFromSearch(search: string): PeriodValue | undefined {
  const params = new URLSearchParams(search);
  const preset = params.get('period') ?? '';
  if (!preset && !params.has('from') && !params.has('to')) return undefined;
  if (preset && preset !== 'custom' && !(PRESETS as readonly string[]).includes(preset)) return undefined;
  if (preset && preset !== 'custom') return { preset: preset as PeriodValue['preset'], from: '', to: '' };
  return { preset: 'custom', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function usePeriod(): [PeriodValue, (period: PeriodValue) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const user = useAppSchema()?.user.username ?? '';
  const [stored, setStored] = useStore<PeriodValue>(`dashboard.period.${user}`, ALL_TIME);
  const period = periodFromSearch(location.search) ?? stored;
  const setPeriod = useCallback(
    (next: PeriodValue) => {
      setStored(next);
      const params = new URLSearchParams(location.search);
      for (const key of ['period', 'from', 'to']) params.delete(key);
      if (next.preset) params.set('period', next.preset);
      if (next.preset === 'custom') {
        if (next.from) params.set('from', next.from);
        if (next.to) params.set('to', next.to);
      }
      const search = params.toString();
      navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true });
    },
    [location.pathname, location.search, navigate, setStored],
  );
  return [period, setPeriod];
}
