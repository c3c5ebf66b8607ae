/**
 * Renders one page of the admin at a route (a resource's list, edit, create or show page, or one
 * of its extra pages) without the app shell: no app bar, side menu or dashboard. Everything else
 * is the app's own: authProvider, dataProvider, i18n, store, the role's schema and the resources it
 * registers, so the page behaves as in the app, navigation to other pages included.
 *
 * Why: the shell fetches on every render (menu queue counts, the reminder bell) and mounts dozens
 * of MUI components, which made each client test pay for a whole admin. Tests of the shell itself
 * (menu, queues, app bar, dashboard, sign-in, preferences) keep renderApp.tsx.
 *
 * Same signature as renderApp. The page title still renders (into the same portal target the app
 * bar holds), and so do the layout's non-visual parts that pages rely on: signing out when a write
 * finds the session ended, and applying the user's saved language and theme.
 */
import { Suspense, useState, type ReactNode } from 'react';
import { Admin, TestMemoryRouter, type I18nProvider, type Store } from 'react-admin';
import { createDataProvider } from '../../client/src/api/dataProvider.ts';
import { createAuthProvider } from '../../client/src/auth/authProvider.ts';
import { LoginPage } from '../../client/src/auth/LoginPage.tsx';
import { SignOutWhenSessionEnds } from '../../client/src/auth/SignOutWhenSessionEnds.tsx';
import { createI18nProvider } from '../../client/src/i18n/i18nProvider.ts';
import { darkTheme, lightTheme } from '../../client/src/layout/themes.ts';
import { createAppStore } from '../../client/src/preferences/appStore.ts';
import { RememberPreferences } from '../../client/src/preferences/RememberPreferences.tsx';
import { overrides as defaultOverrides } from '../../client/src/resources/index.ts';
import type { OverrideRegistry } from '../../client/src/resources/registry.ts';
import { lookupElement, resourceElement } from '../../client/src/resources/resourceElement.tsx';
import type { AppSchema as ClientSchema } from '../../client/src/schema/types.ts';
import type { AppSchema } from '../../server/engine/schema.ts';
import { render } from '@testing-library/react';
import { API, fakeApi } from './fixtures/fakeApi.ts';
import type { StoredRecord } from './fixtures/records.ts';
import { server } from './fixtures/server.ts';

/** The app's Layout (client/src/layout/Layout.tsx) less what is drawn around the page. */
function PageOnly({ children }: { children: ReactNode }) {
  return (
    <div id="main-content">
      <span id="react-admin-title" />
      <RememberPreferences />
      <SignOutWhenSessionEnds />
      <Suspense fallback={null}>{children}</Suspense>
    </div>
  );
}

/** App.tsx with PageOnly as its layout and no dashboard. */
function PageApp({ overrides }: { overrides: OverrideRegistry }) {
  const [i18nProvider] = useState<I18nProvider>(createI18nProvider);
  const [store] = useState<Store>(() => createAppStore());
  const [authProvider] = useState(() => createAuthProvider(API));
  const [dataProvider] = useState(() => createDataProvider(API));
  return (
    <Admin
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={lightTheme}
      darkTheme={darkTheme}
      layout={PageOnly}
      loginPage={LoginPage}
      requireAuth
      disableTelemetry
    >
      {(schema: ClientSchema | undefined) => [
        ...(schema?.resources.map((resource) => resourceElement(resource, overrides, i18nProvider.getLocale(), schema)) ?? []),
        ...(schema?.lookups?.map(lookupElement) ?? []),
      ]}
    </Admin>
  );
}

/** `options.store`: the records served, instead of the sample ones. */
export function renderPage(schema: AppSchema, path: string, options: { overrides?: OverrideRegistry; store?: Record<string, StoredRecord[]> } = {}) {
  const api = fakeApi(schema, options.store);
  server.use(...api.handlers);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <PageApp overrides={options.overrides ?? defaultOverrides} />
    </TestMemoryRouter>,
  );
  return api;
}
