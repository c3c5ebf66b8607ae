/**
 * A resource's records on a calendar (the `calendar` word): things that happen at a moment
 * (PR events) in a month grid, things that last (promotions) as bars on a timeline of weeks.
 * The records come through the list endpoint, filtered to the period shown, so the role's
 * rules apply as in the list.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, LinkBase, Loading, Title, useCreatePath, useGetList, useLocaleState, type RaRecord } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { intlLocale } from '../i18n/locales.ts';
import { useMessage } from '../i18n/messages.ts';
import { useRecordName } from '../schema/recordName.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { shopDateTimeOptions } from '../time/shopTime.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';
import { addDays, barPosition, dayOf, filterValue, monthGrid, onShopClock, sameDay, shopToday, startOfWeek } from './periods.ts';

export const CALENDAR_PATH = 'calendar';
const TIMELINE_WEEKS = 8;
/** More than a period ever holds in practice; the list endpoint caps a page anyway. */
const MAX_RECORDS = 500;

export function CalendarPage() {
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource?.calendar) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={label(resource.label)} />
      {resource.calendar.end ? <Timeline resource={resource} /> : <MonthGrid resource={resource} />}
    </Box>
  );
}

/** The type of a calendar's date field: `date` days are taken as they are, date-times on the shop's clock. */
function typeOf(resource: ResourceSchema, name: string): string {
  return resource.fields.find((field) => field.name === name)?.type ?? 'datetime';
}

function useRecordsBetween(resource: ResourceSchema, from: Date, to: Date) {
  const { start, end } = resource.calendar!;
  // Overlap with [from, to): starts before the period ends and ends (or, for moments, starts) after it begins.
  const filter = { [`${start}_lt`]: filterValue(to), [`${end ?? start}_gte`]: filterValue(from) };
  return useGetList<RaRecord>(resource.name, { filter, sort: { field: start, order: 'ASC' }, pagination: { page: 1, perPage: MAX_RECORDS } });
}

function Navigation({ title, onMove, onToday }: { title: string; onMove: (step: number) => void; onToday: () => void }) {
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

function RecordChip({ record, resource }: { record: RaRecord; resource: ResourceSchema }) {
  const createPath = useCreatePath();
  const label = useRecordName()(resource, record);
  const type = (['show', 'edit'] as const).find((action) => resource.actions.includes(action));
  const sx = { maxWidth: '100%', justifyContent: 'flex-start' };
  if (!type) return <Chip size="small" label={label} sx={sx} />;
  return <Chip size="small" clickable component={LinkBase} to={createPath({ resource: resource.name, type, id: record.id })} label={label} sx={sx} />;
}

function MonthGrid({ resource }: { resource: ResourceSchema }) {
  const [locale] = useLocaleState();
  const message = useMessage();
  const zone = useShopTimeZone();
  const today = shopToday(zone);
  const [anchor, setAnchor] = useState(today);
  const days = monthGrid(anchor);
  const { data, isPending } = useRecordsBetween(resource, days[0], addDays(days[41], 1));
  const start = resource.calendar!.start;
  const intl = intlLocale(locale);
  // Calendar days are UTC midnights of the shop's dates (periods.ts): written in UTC.
  const title = anchor.toLocaleDateString(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekdays = days.slice(0, 7).map((day) => day.toLocaleDateString(intl, { weekday: 'short', timeZone: 'UTC' }));
  return (
    <>
      <Navigation
        title={title}
        onMove={(step) => setAnchor(new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + step, 1)))}
        onToday={() => setAnchor(shopToday(zone))}
      />
      {isPending ? (
        <Loading />
      ) : (
        <Box role="grid" aria-label={title} sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}>
          {weekdays.map((weekday) => (
            <Typography key={weekday} role="columnheader" variant="caption" sx={{ textAlign: 'center', fontWeight: 600 }}>
              {weekday}
            </Typography>
          ))}
          {days.map((day) => {
            const records = (data ?? []).filter((record) => sameDay(dayOf(String(record[start]), typeOf(resource, start), zone), day));
            const outside = day.getUTCMonth() !== anchor.getUTCMonth();
            return (
              <Paper key={day.toISOString()} role="gridcell" variant="outlined" sx={{ minHeight: 88, p: 0.5, opacity: outside ? 0.5 : 1 }}>
                <Typography variant="caption" sx={{ fontWeight: sameDay(day, today) ? 700 : 400 }}>
                  {day.getUTCDate()}
                </Typography>
                <Stack sx={{ gap: 0.5 }}>
                  {records.map((record) => (
                    <RecordChip key={record.id} record={record} resource={resource} />
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </Box>
      )}
      {!isPending && !data?.length && <Typography sx={{ mt: 1 }}>{message('calendarEmpty')}</Typography>}
    </>
  );
}

function Timeline({ resource }: { resource: ResourceSchema }) {
  const [locale] = useLocaleState();
  const label = useLabel();
  const message = useMessage();
  const zone = useShopTimeZone();
  const [from, setFrom] = useState(() => startOfWeek(shopToday(zone)));
  const to = addDays(from, TIMELINE_WEEKS * 7);
  const { data, isPending } = useRecordsBetween(resource, from, to);
  const { start, end } = resource.calendar as { start: string; end: string };
  const intl = intlLocale(locale);
  const weeks = Array.from({ length: TIMELINE_WEEKS }, (_, index) => addDays(from, index * 7));
  const short = (date: Date) => date.toLocaleDateString(intl, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const moment = (value: unknown) => new Date(String(value)).toLocaleString(intl, shopDateTimeOptions(zone));
  const place = (value: unknown, name: string) => onShopClock(String(value), typeOf(resource, name), zone);
  return (
    <>
      <Navigation
        title={`${short(from)} – ${short(addDays(to, -1))}`}
        onMove={(step) => setFrom(addDays(from, step * 7 * (TIMELINE_WEEKS / 2)))}
        onToday={() => setFrom(startOfWeek(shopToday(zone)))}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${TIMELINE_WEEKS}, 1fr)`, ml: '30%' }}>
        {weeks.map((week) => (
          <Typography key={week.toISOString()} variant="caption" title={message('calendarWeekOf', { date: short(week) })}>
            {short(week)}
          </Typography>
        ))}
      </Box>
      {isPending ? (
        <Loading />
      ) : (
        <Stack role="list" aria-label={label(resource.label)} sx={{ gap: 0.5 }}>
          {(data ?? []).map((record) => {
            const { left, width } = barPosition(place(record[start], start), place(record[end], end), from, to);
            return (
              <Stack role="listitem" key={record.id} direction="row" sx={{ alignItems: 'center' }}>
                <Box sx={{ width: '30%', pr: 1, overflow: 'hidden' }}>
                  <RecordChip record={record} resource={resource} />
                </Box>
                <Box sx={{ width: '70%', position: 'relative', height: 20, bgcolor: 'action.hover', borderRadius: 1 }}>
                  <Box
                    title={`${moment(record[start])} – ${moment(record[end])}`}
                    sx={{ position: 'absolute', left: `${left * 100}%`, width: `${Math.max(width * 100, 1)}%`, top: 0, bottom: 0, bgcolor: 'primary.main', borderRadius: 1 }}
                  />
                </Box>
              </Stack>
            );
          })}
        </Stack>
      )}
      {!isPending && !data?.length && <Typography sx={{ mt: 1 }}>{message('calendarEmpty')}</Typography>}
    </>
  );
}
