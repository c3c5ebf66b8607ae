/**
 * The admin. Resources are not declared here: they come from the signed-in role's schema
 * (the authProvider's "permissions"), so each role sees exactly what the server lets it reach.
 */
import { useState } from 'react';
import {
  Admin,
  type AuthProvider,
  type DataProvider,
  type I18nProvider,
  type Store,
} from 'react-admin';
import { dataProvider as defaultDataProvider } from './api/dataProvider.ts';
import { authProvider as defaultAuthProvider } from './auth/authProvider.ts';
import { LoginPage } from './auth/LoginPage.tsx';
import { LazyDashboard } from './dashboard/LazyDashboard.tsx';
import { createI18nProvider } from './i18n/i18nProvider.ts';
import { Layout } from './layout/Layout.tsx';
import { darkTheme, lightTheme } from './layout/themes.ts';
import { createAppStore } from './preferences/appStore.ts';
import { overrides as defaultOverrides } from './resources/index.ts';
import type { OverrideRegistry } from './resources/registry.ts';
import { lookupElement, resourceElement } from './resources/resourceElement.tsx';
import type { AppSchema } from './schema/types.ts';

export interface AppProps {
  authProvider?: AuthProvider;
  dataProvider?: DataProvider;
  overrides?: OverrideRegistry;
}

export function App({
  authProvider = defaultAuthProvider,
  dataProvider = defaultDataProvider,
  overrides = defaultOverrides,
}: AppProps) {
  // One of each per mounted admin: the provider holds the current language's messages.
  const [i18nProvider] = useState<I18nProvider>(createI18nProvider);
  const [store] = useState<Store>(() => createAppStore());
  return (
    <Admin
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={lightTheme}
      darkTheme={darkTheme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={LazyDashboard}
      requireAuth
      disableTelemetry
    >
      {/* react-admin types permissions as `any`; ours are always the AppSchema (or nothing yet).
          A change of language re-mounts the admin, which calls this again in the new language. */}
      {(schema: AppSchema | undefined) => [
        ...(schema?.resources.map((resource) => resourceElement(resource, overrides, i18nProvider.getLocale(), schema)) ?? []),
        ...(schema?.lookups?.map(lookupElement) ?? []),
      ]}
    </Admin>
  );
}
