/**
 * Renders the whole admin at a route, signed in as the role whose schema is given, against the
 * fake API. Everything runs for real: authProvider, schema loading, resource registration.
 */
import { render } from '@testing-library/react';
import { TestMemoryRouter } from 'react-admin';
import { App } from '../../client/src/App.tsx';
import { createDataProvider } from '../../client/src/api/dataProvider.ts';
import { createAuthProvider } from '../../client/src/auth/authProvider.ts';
import type { OverrideRegistry } from '../../client/src/resources/registry.ts';
import type { AppSchema } from '../../server/engine/schema.ts';
import { API, fakeApi } from './fixtures/fakeApi.ts';
import type { StoredRecord } from './fixtures/records.ts';
import { server } from './fixtures/server.ts';

/** `options.store`: the records served, instead of the sample ones. */
export function renderApp(schema: AppSchema, path: string, options: { overrides?: OverrideRegistry; store?: Record<string, StoredRecord[]> } = {}) {
  const api = fakeApi(schema, options.store);
  server.use(...api.handlers);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <App authProvider={createAuthProvider(API)} dataProvider={createDataProvider(API)} overrides={options.overrides} />
    </TestMemoryRouter>,
  );
  return api;
}
