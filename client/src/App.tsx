/**
 * The admin. Resources are not declared here: they come from the signed-in role's schema
 * (the authProvider's "permissions"), so each role sees exactly what the server lets it reach.
 */
import { Admin, type AuthProvider, type DataProvider } from 'react-admin';
import { dataProvider as defaultDataProvider } from './api/dataProvider.ts';
import { authProvider as defaultAuthProvider } from './auth/authProvider.ts';
import { Layout } from './layout/Layout.tsx';
import { overrides as defaultOverrides } from './resources/index.ts';
import type { OverrideRegistry } from './resources/registry.ts';
import { resourceElement } from './resources/resourceElement.tsx';
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
  return (
    <Admin authProvider={authProvider} dataProvider={dataProvider} layout={Layout} requireAuth disableTelemetry>
      {/* react-admin types permissions as `any`; ours are always the AppSchema (or nothing yet). */}
      {(schema: AppSchema | undefined) => schema?.resources.map((resource) => resourceElement(resource, overrides))}
    </Admin>
  );
}
