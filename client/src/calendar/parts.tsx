/**
 * What the calendar views share: the records of a period through the list endpoint (so the
 * role's rules apply as in the list), the navigation between periods and a record's chip.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Button, LinkBase, useCreatePath, useGetList, useLocaleState, type RaRecord } from 'react-admin';
import { intlLocale } from '../i18n/locales.ts';
import { shopDateTimeOptions } from '../time/shopTime.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';
import { useMessage } from '../i18n/messages.ts';
import { useRecordName } from '../schema/recordName.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { addDays, barPosition, filterValue, onShopClock, shopToday, startOfWeek } from './periods.ts';

export const TIMELINE_WEEKS = 8;
/** More than a period ever holds in practice; the list endpoint caps a page anyway. */
const MAX_RECORDS = 500;

/** The type of a calendar's date field: `date` days are taken as they are, date-times on the shop's clock. */
export function typeOf(resource: ResourceSchema, name: string): string {
  return resource.fields.find((field) => field.name === name)?.type ?? 'datetime';
}

export function useRecordsBetween(resource: ResourceSchema, from: Date, to: Date, scope: Record<string, unknown> = {}) {
  const { start, end } = resource.calendar!;
  // Overlap with [from, to): starts before the period ends and ends (or, for moments, starts) after it begins.
  const filter = { [`${start}_lt`]: filterValue(to), [`${end ?? start}_gte`]: filterValue(from), ...scope };
  return useGetList<RaRecord>(resource.name, { filter, sort: { field: start, order: 'ASC' }, pagination: { page: 1, perPage: MAX_RECORDS } });
}

export function Navigation({ title, onMove, onToday }: { title: string; onMove: (step: number) => void; onToday: () => void }) {
  const message = useMessage();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
      <Button label={message('calendarPrevious')} onClick={() => onMove(-1)} />
      <Button label={message('calendarToday')} onClick={onToday} />
      <Button label={message('calendarNext')} onClick={() => onMove(1)} />
      <Typography variant="h6" component="h2" sx={{ ml: 2 }}>
        {title}
      </Typography>
    </Stack>
  );
}

export function RecordChip({ record, resource }: { record: RaRecord; resource: ResourceSchema }) {
  const createPath = useCreatePath();
  const label = useRecordName()(resource, record);
  const type = (['show', 'edit'] as const).find((action) => resource.actions.includes(action));
  const sx = { maxWidth: '100%', justifyContent: 'flex-start' };
  if (!type) return <Chip size="small" label={label} sx={sx} />;
  return <Chip size="small" clickable component={LinkBase} to={createPath({ resource: resource.name, type, id: record.id })} label={label} sx={sx} />;
}


/** A calendar day as "Dec 5" / "12月5日" (calendar days are UTC midnights of the shop's dates). */
export const shortDay = (intl: string) => (date: Date) => date.toLocaleDateString(intl, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The weeks above a timeline's bars, which take the right 70% of each row. */
export function WeekScale({ from, intl }: { from: Date; intl: string }) {
  const message = useMessage();
  const short = shortDay(intl);
  const weeks = Array.from({ length: TIMELINE_WEEKS }, (_, index) => addDays(from, index * 7));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${TIMELINE_WEEKS}, 1fr)`, ml: '30%' }}>
      {weeks.map((week) => (
        <Typography key={week.toISOString()} variant="caption" title={message('calendarWeekOf', { date: short(week) })}>
          {short(week)}
        </Typography>
      ))}
    </Box>
  );
}

/** The weeks a timeline shows, from a Monday on the shop's calendar, and how to write its days and moments. */
export function useTimelineWindow() {
  const [locale] = useLocaleState();
  const zone = useShopTimeZone();
  const [from, setFrom] = useState(() => startOfWeek(shopToday(zone)));
  const intl = intlLocale(locale);
  return {
    from,
    to: addDays(from, TIMELINE_WEEKS * 7),
    setFrom,
    zone,
    intl,
    moment: (value: unknown) => new Date(String(value)).toLocaleString(intl, shopDateTimeOptions(zone)),
  };
}
export type TimelineWindow = ReturnType<typeof useTimelineWindow>;

/** The window's title, its navigation by half-windows and the week scale. */
export function TimelineHead({ window }: { window: TimelineWindow }) {
  const short = shortDay(window.intl);
  return (
    <>
      <Navigation
        title={`${short(window.from)} – ${short(addDays(window.to, -1))}`}
        onMove={(step) => window.setFrom(addDays(window.from, step * 7 * (TIMELINE_WEEKS / 2)))}
        onToday={() => window.setFrom(startOfWeek(shopToday(window.zone)))}
      />
      <WeekScale from={window.from} intl={window.intl} />
    </>
  );
}

/** A record's period as a bar on its row of the window (rows are `position: relative`). */
export function TimelineBar({ resource, record, window, children }: { resource: ResourceSchema; record: RaRecord; window: TimelineWindow; children?: ReactNode }) {
  const { start, end } = resource.calendar as { start: string; end: string };
  const place = (name: string) => onShopClock(String(record[name]), typeOf(resource, name), window.zone);
  const { left, width } = barPosition(place(start), place(end), window.from, window.to);
  return (
    <Box
      title={`${window.moment(record[start])} – ${window.moment(record[end])}`}
      sx={{ position: 'absolute', left: `${left * 100}%`, width: `${Math.max(width * 100, 1)}%`, top: 0, bottom: 0, bgcolor: 'primary.main', borderRadius: 1, overflow: 'hidden' }}
    >
      {children}
    </Box>
  );
}

/** One row of a timeline: what it is on the left 30%, its bars on a track over the right 70%. */
export function TimelineRow({ name, label, children }: { name?: string; label: ReactNode; children: ReactNode }) {
  return (
    <Stack role="listitem" aria-label={name} direction="row" sx={{ alignItems: 'center' }}>
      <Box sx={{ width: '30%', pr: 1, overflow: 'hidden' }}>{label}</Box>
      <Box sx={{ width: '70%', position: 'relative', height: 24, bgcolor: 'action.hover', borderRadius: 1 }}>{children}</Box>
    </Stack>
  );
}
