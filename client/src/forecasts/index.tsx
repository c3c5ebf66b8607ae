/**
 * The forecast overview as an extra page of the sales forecasts: its route and its toolbar
 * button. The page (and its chart) loads on first visit, so the main bundle carries only this.
 */
import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import { ForecastOverviewButton } from './ForecastOverviewButton.tsx';
import { FORECAST_OVERVIEW_PAGE_NAME } from './overviewPage.ts';

const ForecastOverviewPage = lazy(() => import('./ForecastOverviewPage.tsx'));

// Shaped as an ExtraPage (pages/extraPages.ts checks it where it lists it).
export const forecastOverviewPage = {
  path: FORECAST_OVERVIEW_PAGE_NAME,
  element: (
    <Suspense fallback={<Loading />}>
      <ForecastOverviewPage />
    </Suspense>
  ),
  button: ForecastOverviewButton,
};
