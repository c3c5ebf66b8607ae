import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/engine/errors.ts';
import { english } from '../helpers/english.ts';
import { validateWrite } from '../../server/engine/validate.ts';
import products from '../../server/resources/products.ts';
import promotions from '../../server/resources/promotions.ts';
import users from '../../server/resources/users.ts';
import suppliers from '../../server/resources/suppliers.ts';

/** The shop's zone: a date-time typed without an offset is its wall clock. */
const SHOP = 'Asia/Shanghai';
const validProduct = { sku: 'SKU-1', name: '手机', catalog_id: 1, price: 19900, cost: 15000 };

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('validateWrite', () => {
  it('accepts a valid create and fills defaults', () => {
    const values = validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: validProduct });
    expect(values).toMatchObject({ ...validProduct, status: 'draft', featured: false, stock: 0 });
  });

  it.each([
    ['a number sent as a string', { price: '10' }, 'price'],
    ['a float where money goes', { price: 19.99 }, 'price'],
    ['an object where a scalar goes', { name: { zh: 'x' } }, 'name'],
    ['an array where a scalar goes', { brand: ['a'] }, 'brand'],
    ['a date that does not exist', { launched_on: '2026-02-30' }, 'launched_on'],
    ['a date in another format', { launched_on: '30/01/2026' }, 'launched_on'],
    ['a string longer than allowed', { name: 'x'.repeat(201) }, 'name'],
    ['a value under the minimum', { stock: -1 }, 'stock'],
    ['a value over the maximum', { price: 100_000_001 }, 'price'],
    ['a pattern mismatch', { sku: 'lower case' }, 'sku'],
    ['a value outside the enum', { status: 'sold_out' }, 'status'],
    ['a boolean sent as a number', { featured: 1 }, 'featured'],
    ['a reference that is not an id', { catalog_id: 0 }, 'catalog_id'],
    ['an unknown field', { colour: 'red' }, 'colour'],
  ])('refuses %s with an error on that field', (_case, change, field) => {
    const error = refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: { ...validProduct, ...change } }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.errors ?? {})).toEqual([field]);
  });

  it('reports every missing required field at once', () => {
    const error = refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: {} }));
    expect(error.status).toBe(400);
    expect(Object.keys(error.errors ?? {}).sort()).toEqual(['catalog_id', 'cost', 'name', 'price', 'sku']);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'text', 5]) {
      expect(refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body })).status).toBe(400);
    }
  });

  it('checks a date-time against the field it must follow', () => {
    const body = {
      name: '双十一',
      kind: 'holiday',
      discount_type: 'percent',
      discount_value: 1000,
      starts_at: '2026-11-11T00:00:00+08:00',
      ends_at: '2026-11-10T15:00:00Z',
    };
    const error = refusal(() => validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'create', body }));
    expect(english(error.errors)).toEqual({ ends_at: 'Must be after Starts at' });
    const ok = validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'create', body: { ...body, ends_at: '2026-11-12T00:00:00Z' } });
    expect(ok.starts_at).toBe('2026-11-10T16:00:00.000Z');
  });

  it('bounds a number by the unit another field gives it', () => {
    const base = { name: '会员日', kind: 'member', starts_at: '2026-01-01T00:00:00Z', ends_at: '2026-01-02T00:00:00Z' };
    const percent = refusal(() =>
      validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'create', body: { ...base, discount_type: 'percent', discount_value: 10001 } }),
    );
    expect(english(percent.errors)).toEqual({ discount_value: 'At most 100%' });
    const amount = { ...base, discount_type: 'amount', discount_value: 10001 };
    expect(validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'create', body: amount }).discount_value).toBe(10001);
    // Changing only the type re-checks the stored value in its new unit.
    const existing = { ...amount };
    const flipped = refusal(() => validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'update', body: { discount_type: 'percent' }, existing }));
    expect(english(flipped.errors)).toEqual({ discount_value: 'At most 100%' });
  });

  it("reads a date-time without an offset as the shop's wall clock, and keeps an explicit offset", () => {
    const update = (starts_at: string, timeZone = SHOP) =>
      validateWrite(promotions, 'operations', { timeZone, mode: 'update', body: { starts_at }, existing: {} }).starts_at;
    expect(update('2026-12-10T00:00')).toBe('2026-12-09T16:00:00.000Z');
    expect(update('2026-12-10T00:00:30.5')).toBe('2026-12-09T16:00:30.500Z');
    expect(update('2026-12-10T00:00', 'Europe/Berlin')).toBe('2026-12-09T23:00:00.000Z');
    expect(update('2026-12-10T00:00:00+01:00')).toBe('2026-12-09T23:00:00.000Z');
    expect(update('2026-12-10T00:00:00Z')).toBe('2026-12-10T00:00:00.000Z');
  });

  it('refuses an impossible date-time, with or without a zone', () => {
    for (const starts_at of ['2026-11-11T25:00:00Z', '2026-13-01T00:00:00Z', '2026-11-11T24:00', '2026-02-30T10:00', 'tomorrow', '2026-11-11']) {
      const error = refusal(() => validateWrite(promotions, 'operations', { timeZone: SHOP, mode: 'update', body: { starts_at }, existing: {} }));
      expect(error.errors).toHaveProperty('starts_at');
    }
  });

  it('answers 403 for a hidden field and names it', () => {
    const error = refusal(() => validateWrite(products, 'marketing', { timeZone: SHOP, mode: 'update', body: { cost: 1 }, existing: {} }));
    expect(error.status).toBe(403);
    expect(english(error.errors)).toEqual({ cost: expect.any(String) });
  });

  it('ignores a read-only field sent unchanged and refuses it changed', () => {
    const existing = { ...validProduct, id: 7, margin: 2462, stock: 3 };
    const unchanged = validateWrite(products, 'procurement', { timeZone: SHOP, mode: 'update', body: { ...existing, stock: 5 }, existing });
    // Only what changed remains: unchanged writable fields and unchanged read-only ones drop out.
    expect(unchanged).toEqual({ stock: 5 });
    const error = refusal(() =>
      validateWrite(products, 'procurement', { timeZone: SHOP, mode: 'update', body: { ...existing, price: 1 }, existing }),
    );
    expect(error.status).toBe(403);
    expect(english(error.errors)).toEqual({ price: expect.any(String) });
  });

  it('keeps a stored password when an edit leaves it blank, and checks a new one', () => {
    const existing = { username: 'lihua', full_name: '李', role: 'pr', active: true };
    expect(validateWrite(users, 'admin', { timeZone: SHOP, mode: 'update', body: { ...existing, password: '' }, existing })).not.toHaveProperty(
      'password',
    );
    const error = refusal(() => validateWrite(users, 'admin', { timeZone: SHOP, mode: 'update', body: { password: 'short' }, existing }));
    expect(error.errors).toHaveProperty('password');
  });
});

describe('validateWrite against hostile keys and values', () => {
  it('treats names of built-in object properties as unknown fields', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      const error = refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: { ...validProduct, [key]: 1 } }));
      expect(error.status).toBe(400);
      expect(english(error.errors)).toEqual({ [key]: 'Unknown field' });
    }
  });

  it('refuses NUL characters and integers beyond the column', () => {
    expect(refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: { ...validProduct, name: 'a\u0000b' } })).errors).toHaveProperty('name');
    expect(refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'create', body: { ...validProduct, catalog_id: 2 ** 31 } })).errors).toHaveProperty('catalog_id');
  });
});

describe('formats and control characters', () => {
  const supplier = (body: Record<string, unknown>) => () => validateWrite(suppliers, 'admin', { timeZone: SHOP, mode: 'update', body });
  const errorsOf = (body: Record<string, unknown>) => refusal(supplier(body)).errors;

  it.each([
    ['a space inside', 'li lei@example.com'],
    ['a space at the end', 'lilei@example.com '],
    ['a tab', 'lilei@example.com\t'],
    ['a line break', 'lilei@example.com\nBcc: all@example.com'],
    ['two @', 'li@lei@example.com'],
    ['no dot in the host', 'lilei@localhost'],
    ['two dots in a row', 'li..lei@example.com'],
    ['a host label starting with a dash', 'lilei@-example.com'],
    ['quotes', '"lilei"@example.com'],
    ['over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(190)}.com`],
  ])('refuses an email address with %s', (_what, email) => {
    expect(errorsOf({ email })).toHaveProperty('email');
  });

  it.each(['lilei@example.com', 'li.lei+orders@mail.example.com.cn', 'sales_01@shop-example.cn'])('accepts %s', (email) => {
    expect(supplier({ email })()).toMatchObject({ email });
  });

  it.each([
    ['two spaces in a row', '010  8888 6666'],
    ['a letter', '010-8888-666O'],
    ['a trailing dash', '138-0013-8000-'],
    ['too few digits', '1234'],
    ['too many digits', '1'.repeat(21)],
    ['a line break', '13800138000\n'],
  ])('refuses a phone number with %s', (_what, phone) => {
    expect(errorsOf({ phone })).toHaveProperty('phone');
  });

  it.each(['13800138000', '+86 138 0013 8000', '010-8888-6666'])('accepts the phone number %s', (phone) => {
    expect(supplier({ phone })()).toMatchObject({ phone });
  });

  it('refuses control characters on one line, and keeps line breaks and tabs in text', () => {
    expect(english(errorsOf({ name: '华为\u0007供应商' }))).toEqual({ name: 'Must not contain control characters or line breaks' });
    expect(english(errorsOf({ name: '华为\n供应商' }))).toEqual({ name: 'Must not contain control characters or line breaks' });
    expect(errorsOf({ name: '华为\u001b[31m' })).toHaveProperty('name');
    const notes = validateWrite(products, 'operations', { timeZone: SHOP, mode: 'update', body: { description: '<p>第一行</p>\n\t<p>第二行</p>' } });
    expect(notes).toMatchObject({ description: '<p>第一行</p>\n\t<p>第二行</p>' });
    expect(refusal(() => validateWrite(products, 'operations', { timeZone: SHOP, mode: 'update', body: { description: 'a\u0008b' } })).errors).toHaveProperty('description');
  });
});
