import { describe, expect, it } from 'vitest';
import { createAuthProvider } from '../../client/src/auth/authProvider.ts';
import { API, fakeApi } from './fixtures/fakeApi.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import type { Role } from '../../server/engine/definition.ts';

function signedInAs(role: Role) {
  server.use(...fakeApi(schemaFor(role)).handlers);
  const authProvider = createAuthProvider(API);
  return (resource: string, action: string) => authProvider.canAccess!({ resource, action });
}

describe('authProvider.canAccess', () => {
  it('answers resource actions from the schema', async () => {
    const can = signedInAs('marketing');
    expect(await can('products', 'list')).toBe(true);
    expect(await can('products', 'export')).toBe(true);
    expect(await can('products', 'edit')).toBe(false);
    expect(await can('products', 'delete')).toBe(false);
    expect(await can('users', 'list')).toBe(false);
    expect(await can('suppliers', 'list')).toBe(false);
  });

  it('hides fields the role cannot see', async () => {
    const can = signedInAs('marketing');
    expect(await can('products.price', 'show')).toBe(true);
    expect(await can('products.cost', 'show')).toBe(false);
    expect(await can('products.margin', 'list')).toBe(false);
    expect(await can('products.no_such_field', 'show')).toBe(false);
  });

  it('refuses edit-type actions on read-only fields', async () => {
    const can = signedInAs('procurement');
    expect(await can('products.cost', 'edit')).toBe(true);
    expect(await can('products.stock', 'write')).toBe(true);
    expect(await can('products.price', 'edit')).toBe(false);
    expect(await can('products.price', 'show')).toBe(true);
    expect(await can('products.margin', 'edit')).toBe(false);
    expect(await can('products.id', 'edit')).toBe(false);
  });

  it("reaches a resource's trash with the trash action only", async () => {
    expect(await signedInAs('admin')('products/trash', 'list')).toBe(true);
    expect(await signedInAs('operations')('products/trash', 'list')).toBe(false);
    expect(await signedInAs('operations')('products', 'delete')).toBe(true);
  });

  it('never lets a write-only field be read', async () => {
    const can = signedInAs('admin');
    expect(await can('users.password', 'edit')).toBe(true);
    expect(await can('users.password', 'show')).toBe(false);
  });
});
