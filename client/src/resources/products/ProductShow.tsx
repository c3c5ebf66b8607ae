/**
 * A product page split into tabs. Fields still come from the schema, so a role that cannot see
 * cost or margin does not get them here either; fields not placed in a tab land in "Basics".
 * The history tab is the generated one.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import { Show, TabbedShowLayout } from 'react-admin';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel.tsx';
import { useShowsForecast } from '../../forecasts/showsForecast.ts';
import { PriceHistoryPanel } from './PriceHistoryPanel.tsx';
import { fieldElement, readableFields } from '../../fields/fieldElement.tsx';
import { RecordTitle } from '../../generator/RecordTitle.tsx';
import { RecordHistory } from '../../history/RecordHistory.tsx';
import { useLabel } from '../../i18n/labels.ts';
import { useMessage } from '../../i18n/messages.ts';
import { useResourceSchema } from '../../schema/useAppSchema.ts';

// The forecast tab's code (and its chart's) loads when the tab opens.
const ProductForecastPanel = lazy(() => import('../../forecasts/ProductForecastPanel.tsx'));

const PRICING = ['price', 'cost', 'margin', 'channel_price', 'competitor_price'];
const STOCK = ['stock', 'status', 'featured', 'launched_on', 'supplier_id'];

export function ProductShow() {
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  const showsForecast = useShowsForecast();
  if (!resource) return null;
  const fields = readableFields(resource.fields);
  const inTab = (names: string[]) => fields.filter((field) => names.includes(field.name));
  const basics = fields.filter((field) => !PRICING.includes(field.name) && !STOCK.includes(field.name));
  return (
    <Show title={<RecordTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={message('productTabBasics')}>{basics.map((field) => fieldElement(field, label))}</TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={message('productTabPricing')} path="pricing">
          {inTab(PRICING).map((field) => fieldElement(field, label))}
          <PriceHistoryPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={message('productTabStock')} path="stock">
          {inTab(STOCK).map((field) => fieldElement(field, label))}
        </TabbedShowLayout.Tab>
        {showsForecast && (
          <TabbedShowLayout.Tab label={message('forecastTab')} path="forecast">
            <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
              <ProductForecastPanel />
            </Suspense>
          </TabbedShowLayout.Tab>
        )}
        {resource.attachments && (
          <TabbedShowLayout.Tab label={label(resource.attachments.label)} path="attachments">
            <AttachmentsPanel />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label={message('history')} path="history">
          <RecordHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
