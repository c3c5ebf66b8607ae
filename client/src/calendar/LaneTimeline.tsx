/**
 * A timeline in lanes (the `calendar` word with `lanes` and `scopes`): one scope at a time (a
 * page: the home page, a catalog's or a topic's), a row per lane (each position of the page)
 * with its records as bars over the weeks, and what every lane holds on a chosen day. Records
 * come through the list endpoint, filtered to the scope and the weeks, so the role's rules apply.
 */
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Loading, useGetList, type RaRecord } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useRecordName } from '../schema/recordName.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { findResource, useAppSchema } from '../schema/useAppSchema.ts';
import { RecordChip, TimelineBar, TimelineHead, TimelineRow, typeOf, useRecordsBetween, useTimelineWindow } from './parts.tsx';
import { addDays, filterValue, onShopClock, shopToday } from './periods.ts';

/** The records a scope's picker offers: more than a shop has catalogs or topics on its site. */
const MAX_SCOPE_RECORDS = 200;

/** `field:id`, or '' for no scope (the records that set none of the scope fields). */
type ScopeKey = string;

export default function LaneTimeline({ resource }: { resource: ResourceSchema }) {
  const label = useLabel();
  const message = useMessage();
  const window = useTimelineWindow();
  const [scope, setScope] = useState<ScopeKey>('');
  const [day, setDay] = useState(() => filterValue(shopToday(window.zone)));
  const { lanes, start, end } = resource.calendar as Required<NonNullable<ResourceSchema['calendar']>>;
  const [scopeField, scopeId] = scope ? scope.split(':') : [null, null];
  const filter = Object.fromEntries((resource.calendar?.scope?.fields ?? []).map((name) => [name, name === scopeField ? Number(scopeId) : null]));
  const { data, isPending } = useRecordsBetween(resource, window.from, window.to, filter);
  const choices = resource.fields.find((field) => field.name === lanes)?.choices ?? [];
  const laneRecords = (lane: string) => (data ?? []).filter((record) => record[lanes] === lane);
  // The chosen day on the shop's clock, [its midnight, the next), against each record's period.
  const dayStart = new Date(`${day}T00:00:00Z`);
  const onDay = (record: RaRecord) => {
    const at = (name: string) => onShopClock(String(record[name]), typeOf(resource, name), window.zone).getTime();
    return at(start) < addDays(dayStart, 1).getTime() && at(end) > dayStart.getTime();
  };
  return (
    <>
      <Stack direction="row" sx={{ gap: 2, mb: 1, flexWrap: 'wrap' }}>
        {resource.calendar?.scope && <ScopePicker resource={resource} value={scope} onChange={setScope} />}
        <TextField
          type="date"
          size="small"
          label={message('calendarOnDay')}
          value={day}
          onChange={(event) => event.target.value && setDay(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <TimelineHead window={window} />
      {isPending ? (
        <Loading />
      ) : (
        <Stack role="list" aria-label={label(resource.label)} sx={{ gap: 0.5 }}>
          {choices.map((lane) => (
            <TimelineRow key={lane.id} name={label(lane.label)} label={label(lane.label)}>
              {laneRecords(lane.id).map((record) => (
                <TimelineBar key={record.id} resource={resource} record={record} window={window}>
                  <BarLabel resource={resource} record={record} />
                </TimelineBar>
              ))}
            </TimelineRow>
          ))}
        </Stack>
      )}
      <Typography variant="h6" component="h3" sx={{ mt: 2 }}>
        {message('calendarShownOn', { date: day })}
      </Typography>
      <DayTable resource={resource} lanes={choices} day={day} records={(lane) => laneRecords(lane).filter(onDay)} />
    </>
  );
}

function BarLabel({ resource, record }: { resource: ResourceSchema; record: RaRecord }) {
  const name = useRecordName()(resource, record);
  return (
    <Typography variant="caption" noWrap sx={{ px: 0.5, color: 'primary.contrastText', display: 'block' }}>
      {name}
    </Typography>
  );
}

/** The scope select: none (the unscoped label), then each scope field's records under its label. */
function ScopePicker({ resource, value, onChange }: { resource: ResourceSchema; value: ScopeKey; onChange: (value: ScopeKey) => void }) {
  const label = useLabel();
  const scope = resource.calendar!.scope!;
  return (
    <TextField select size="small" label={label(scope.label)} value={value} onChange={(event) => onChange(event.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
      <option value="">{label(scope.none)}</option>
      {scope.fields.map((name) => (
        <ScopeOptions key={name} resource={resource} field={name} />
      ))}
    </TextField>
  );
}

function ScopeOptions({ resource, field }: { resource: ResourceSchema; field: string }) {
  const label = useLabel();
  const recordName = useRecordName();
  const definition = resource.fields.find((f) => f.name === field);
  const target = findResource(useAppSchema(), definition?.reference);
  const { data } = useGetList<RaRecord>(target?.name ?? '', { pagination: { page: 1, perPage: MAX_SCOPE_RECORDS }, sort: { field: 'id', order: 'ASC' } }, { enabled: Boolean(target?.actions.includes('list')) });
  if (!definition || !target) return null;
  return (
    <optgroup label={label(definition.label)}>
      {(data ?? []).map((record) => (
        <option key={record.id} value={`${field}:${String(record.id)}`}>
          {recordName(target, record)}
        </option>
      ))}
    </optgroup>
  );
}

/** What every lane holds on the chosen day: its record, or a dash. */
function DayTable({ resource, lanes, day, records }: { resource: ResourceSchema; lanes: readonly { id: string; label: { en: string; zh: string } }[]; day: string; records: (lane: string) => RaRecord[] }) {
  const label = useLabel();
  return (
    <Table size="small" aria-label={day}>
      <TableBody>
        {lanes.map((lane) => (
          <TableRow key={lane.id}>
            <TableCell component="th" scope="row" sx={{ width: '30%' }}>
              {label(lane.label)}
            </TableCell>
            <TableCell>
              {records(lane.id).length ? (
                <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                  {records(lane.id).map((record) => (
                    <RecordChip key={record.id} record={record} resource={resource} />
                  ))}
                </Stack>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
