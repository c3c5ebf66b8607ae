/**
 * Hand-written pages beside the generated ones, by the name the schema gives them (`pages` in
 * GET /api/schema lists those the role may open and the resource they belong to). Each is a
 * route under its resource and a button on that resource's list toolbar.
 */
import type { ComponentType, ReactElement } from 'react';
import { forecastOverviewPage } from '../forecasts/index.tsx';
import { reorderSuggestionsPage } from '../reorder/index.tsx';
import type { AppSchema } from '../schema/types.ts';

export interface ExtraPage {
  /** The route under the resource: /<resource>/<path>. */
  path: string;
  element: ReactElement;
  button: ComponentType;
}

export const EXTRA_PAGES: Record<string, ExtraPage> = {
  'reorder-suggestions': reorderSuggestionsPage,
  'forecast-overview': forecastOverviewPage,
};

/** The extra pages the schema offers on `resource`, that this client knows how to show. */
export function extraPagesOf(schema: AppSchema | undefined, resource: string): [string, ExtraPage][] {
  return (schema?.pages ?? [])
    .filter((page) => page.resource === resource && Object.hasOwn(EXTRA_PAGES, page.name))
    .map((page) => [page.name, EXTRA_PAGES[page.name]]);
}
