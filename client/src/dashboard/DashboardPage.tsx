/**
 * The home page: the signed-in role's dashboards from the schema (tabs when there are several),
 * each widget filled from GET /api/dashboards/:name. Loaded lazily (see LazyDashboard.tsx).
 */
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { Title, useTranslate, type RaRecord } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { BreakdownWidget } from './BreakdownWidget.tsx';
import { MetricCard } from './MetricCard.tsx';
import { isPeriodValid, PeriodPicker } from './PeriodPicker.tsx';
import { RecordsWidget } from './RecordsWidget.tsx';
import { ScatterWidget } from './ScatterWidget.tsx';
import type { DashboardSchema, GroupRow, ScatterPoint, WidgetData, WidgetSchema } from './types.ts';
import { useDashboardData } from './useDashboardData.ts';
import { usePeriod } from './usePeriod.ts';

export default function DashboardPage() {
  const schema = useAppSchema();
  const label = useLabel();
  const message = useMessage();
  const [tab, setTab] = useState(0);
  if (!schema) return null;
  const dashboards = schema.dashboards ?? [];
  if (!dashboards.length) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title={message('dashboardWelcomeTitle')} />
        <CardContent>{message('dashboardWelcome', { name: schema.user.fullName })}</CardContent>
      </Card>
    );
  }
  const shown = dashboards[Math.min(tab, dashboards.length - 1)];
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={label(shown.label)} />
      {dashboards.length > 1 && (
        <Tabs value={dashboards.indexOf(shown)} onChange={(_event, index: number) => setTab(index)}>
          {dashboards.map((dashboard) => (
            <Tab key={dashboard.name} label={label(dashboard.label)} />
          ))}
        </Tabs>
      )}
      <DashboardView key={shown.name} dashboard={shown} />
    </Stack>
  );
}

function DashboardView({ dashboard }: { dashboard: DashboardSchema }) {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod();
  const valid = isPeriodValid(period);
  const { data, error } = useDashboardData(dashboard.name, period, valid);
  const byId = new Map<string, WidgetData>((data?.widgets ?? []).map((widget) => [widget.id, widget]));
  const metrics = dashboard.widgets.filter((widget) => widget.kind === 'metric');
  const others = dashboard.widgets.filter((widget) => widget.kind !== 'metric');
  return (
    <>
      {dashboard.widgets.some((widget) => widget.period) && <PeriodPicker value={period} onChange={setPeriod} resolved={data?.period} />}
      {error && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
      <Grid container spacing={2}>
        {metrics.map((widget) => {
          const figure = byId.get(widget.id);
          const metric = figure && 'value' in figure ? figure : undefined;
          return (
            <Grid key={widget.id} size={{ xs: 12, sm: 6, md: 3 }}>
              <MetricCard widget={widget} value={metric?.value} filter={metric?.filter} previous={metric?.previous} />
            </Grid>
          );
        })}
      </Grid>
      <Grid container spacing={2}>
        {others.map((widget) => (
          <Grid key={widget.id} size={{ xs: 12, lg: 6 }} sx={{ minWidth: 0 }}>
            <WidgetView widget={widget} data={byId.get(widget.id)} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}

function WidgetView({ widget, data }: { widget: WidgetSchema; data: WidgetData | undefined }) {
  if (widget.kind === 'breakdown') return <BreakdownWidget widget={widget} rows={data && 'rows' in data ? (data.rows as GroupRow[]) : undefined} />;
  if (widget.kind === 'records') {
    const list = data && 'records' in data ? data : undefined;
    return <RecordsWidget widget={widget} records={list?.records as RaRecord[] | undefined} filter={list?.filter} sort={list?.sort} />;
  }
  if (widget.kind === 'scatter') return <ScatterWidget widget={widget} points={data && 'points' in data ? (data.points as ScatterPoint[]) : undefined} />;
  return null;
}
