/**
 * A resource's records on a calendar (the `calendar` word): things that happen at a moment
 * (PR events) in a month grid, things that last (promotions) as bars on a timeline of weeks.
 * The records come through the list endpoint, filtered to the period shown, so the role's
 * rules apply as in the list.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import LaneTimeline from './LaneTimeline.tsx';
import { Loading, Title, useLocaleState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { intlLocale } from '../i18n/locales.ts';
import { useMessage } from '../i18n/messages.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';
import { Navigation, RecordChip, TimelineBar, TimelineHead, TimelineRow, typeOf, useRecordsBetween, useTimelineWindow } from './parts.tsx';
import { addDays, dayOf, monthGrid, sameDay, shopToday } from './periods.ts';

export function CalendarPage() {
  const resource = useResourceSchema();
  const label = useLabel();
  if (!resource?.calendar) return null;
  const view = resource.calendar.lanes ? (
    <LaneTimeline resource={resource} />
  ) : resource.calendar.end ? (
    <Timeline resource={resource} />
  ) : (
    <MonthGrid resource={resource} />
  );
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={label(resource.label)} />
      {view}
    </Box>
  );
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
  const label = useLabel();
  const message = useMessage();
  const window = useTimelineWindow();
  const { data, isPending } = useRecordsBetween(resource, window.from, window.to);
  return (
    <>
      <TimelineHead window={window} />
      {isPending ? (
        <Loading />
      ) : (
        <Stack role="list" aria-label={label(resource.label)} sx={{ gap: 0.5 }}>
          {(data ?? []).map((record) => (
            <TimelineRow key={record.id} label={<RecordChip record={record} resource={resource} />}>
              <TimelineBar resource={resource} record={record} window={window} />
            </TimelineRow>
          ))}
        </Stack>
      )}
      {!isPending && !data?.length && <Typography sx={{ mt: 1 }}>{message('calendarEmpty')}</Typography>}
    </>
  );
}
