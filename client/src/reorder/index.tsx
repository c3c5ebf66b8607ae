/**
 * The reorder suggestions as an extra page of the purchase lists: its route and its toolbar
 * button. The page itself loads on first visit, so the main bundle carries only this.
 */
import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import { REORDER_PAGE_NAME } from './reorderApi.ts';
import { ReorderSuggestionsButton } from './ReorderSuggestionsButton.tsx';

const ReorderSuggestionsPage = lazy(() => import('./ReorderSuggestionsPage.tsx'));

// Shaped as an ExtraPage (pages/extraPages.ts checks it where it lists it), without importing
// that list back: the arrow runs from the list to the page only.
export const reorderSuggestionsPage = {
  path: REORDER_PAGE_NAME,
  element: (
    <Suspense fallback={<Loading />}>
      <ReorderSuggestionsPage />
    </Suspense>
  ),
  button: ReorderSuggestionsButton,
};
