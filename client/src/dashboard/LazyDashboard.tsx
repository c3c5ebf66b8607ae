/**
 * The home page each role lands on. Its code (and, inside it, the charts) loads only when it is
 * shown, so the sign-in page's bundle does not grow.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';

const DashboardPage = lazy(() => import('./DashboardPage.tsx'));

export function LazyDashboard() {
  return (
    <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
      <DashboardPage />
    </Suspense>
  );
}
