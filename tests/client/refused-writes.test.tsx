/**
 * Every write the server refuses for want of a session fails as a write: react-admin's data
 * provider wrapper answers a call with an empty success whenever checkError says "sign out",
 * so checkError must let writes through (and announce the sign-out) while reads sign out as usual.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataProvider } from '../../client/src/api/dataProvider.ts';
import { createAuthProvider } from '../../client/src/auth/authProvider.ts';
import { onSessionEnded } from '../../client/src/auth/sessionEnded.ts';
import { API } from './fixtures/fakeApi.ts';
import { server } from './fixtures/server.ts';

const signedOut = () => HttpResponse.json({ message: 'Sign in first' }, { status: 401 });
const file = new Blob(['sku\n'], { type: 'text/csv' });

const dataProvider = createDataProvider(API);
const authProvider = createAuthProvider(API);

const WRITES: [string, () => Promise<unknown>][] = [
  ['create', () => dataProvider.create('products', { data: { sku: 'X' } })],
  ['update', () => dataProvider.update('products', { id: 1, data: { stock: 1 }, previousData: { id: 1 } })],
  ['updateMany', () => dataProvider.updateMany('products', { ids: [1, 2], data: { status: 'active' } })],
  ['delete', () => dataProvider.delete('products', { id: 1, previousData: { id: 1 } })],
  ['deleteMany', () => dataProvider.deleteMany('products', { ids: [1, 2] })],
  ['revert', () => dataProvider.revert('products', { id: 1, version: 1 })],
  ['restore', () => dataProvider.restore('products', { id: 1 })],
  ['purge', () => dataProvider.purge('products', { id: 1 })],
  ['importCsv', () => dataProvider.importCsv('products', { file, dryRun: false })],
];

const READS: [string, () => Promise<unknown>][] = [
  ['getList', () => dataProvider.getList('products', { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} })],
  ['getOne', () => dataProvider.getOne('products', { id: 1 })],
];

function everythingSignedOut() {
  server.use(http.all(`${API}/*`, signedOut));
}

let stopListening: (() => void) | undefined;
afterEach(() => stopListening?.());

describe('a 401 answer', () => {
  it.each(WRITES)('to %s rejects, and checkError announces the sign-out instead of asking for it', async (_name, write) => {
    everythingSignedOut();
    let announced = 0;
    stopListening = onSessionEnded(() => announced++);
    const error = await write().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ status: 401 });
    await expect(authProvider.checkError(error)).resolves.toBeUndefined();
    expect(announced).toBe(1);
  });

  it.each(READS)('to %s signs out the usual way, to the sign-in page saying why', async (_name, read) => {
    everythingSignedOut();
    const error = await read().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    await expect(authProvider.checkError(error)).rejects.toMatchObject({ redirectTo: '/login?reason=session-ended' });
  });

  it('is no sign-out for a 403', async () => {
    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
  });
});
