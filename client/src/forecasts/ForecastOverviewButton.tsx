import InsightsIcon from '@mui/icons-material/Insights';
import { Button, LinkBase, useCreatePath } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { FORECAST_OVERVIEW_PAGE_NAME } from './overviewPage.ts';

/** The sales forecasts toolbar's way to the overview (shown when the schema offers the page). */
export function ForecastOverviewButton() {
  const createPath = useCreatePath();
  const message = useMessage();
  return (
    <Button component={LinkBase} label={message('forecastOverview')} to={`${createPath({ resource: 'sales_forecasts', type: 'list' })}/${FORECAST_OVERVIEW_PAGE_NAME}`}>
      <InsightsIcon />
    </Button>
  );
}
