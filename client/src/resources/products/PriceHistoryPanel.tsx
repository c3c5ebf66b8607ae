/**
 * The product page's price history: a chart of price and cost over time (its code loads only when
 * shown) above the history's rows. Only for roles the schema gives the history to, as a child.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import { ChildRecordsTable } from '../../generator/ChildRecordsTable.tsx';
import { useResourceSchema } from '../../schema/useAppSchema.ts';

const PriceHistoryChart = lazy(() => import('../../pricing/PriceHistoryChart.tsx'));

export const PRICE_HISTORY = 'price_history';

export function PriceHistoryPanel() {
  const resource = useResourceSchema();
  const child = resource?.children.find((candidate) => candidate.resource === PRICE_HISTORY);
  if (!child) return null;
  return (
    <>
      <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
        <PriceHistoryChart />
      </Suspense>
      <ChildRecordsTable {...child} />
    </>
  );
}
