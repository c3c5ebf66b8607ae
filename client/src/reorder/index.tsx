/**
 * The reorder suggestions as an extra page of the purchase lists: its route and its toolbar
 * button. The page itself loads on first visit, so the main bundle carries only this.
 */
import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import type { ExtraPage } from '../resources/extraPages.ts';
import { REORDER_PAGE_NAME } from './reorderApi.ts';
import { ReorderSuggestionsButton } from './ReorderSuggestionsButton.tsx';

const ReorderSuggestionsPage = lazy(() => import('./ReorderSuggestionsPage.tsx'));

export const reorderSuggestionsPage: ExtraPage = {
  path: REORDER_PAGE_NAME,
  element: (
    <Suspense fallback={<Loading />}>
      <ReorderSuggestionsPage />
    </Suspense>
  ),
  button: ReorderSuggestionsButton,
};
