/**
 * Every message the server writes for people comes in the reader's language: the signed-in
 * user's choice (the zh/en switch), else the browser's Accept-Language, else English. Field
 * errors, headlines, import reports, bulk previews, refusals and sign-in errors alike; the JSON
 * shape ({ message, errors }) stays the same in every language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { signInAgent } from '../helpers/sign-in.ts';

let t: TestApp;
let zhOps: request.Agent;
beforeAll(async () => {
  t = await startTestApp();
  zhOps = await signInAgent(t.app, 'ops');
  await zhOps.put('/api/auth/preferences').send({ locale: 'zh' });
});
afterAll(() => t.close());

const importCsv = (agent: request.Agent, csv: string) =>
  agent.post('/api/products/import').query({ dryRun: 'true' }).set('Content-Type', 'text/csv; charset=utf-8').send(csv);

describe('a user who chose Chinese', () => {
  it('reads field errors and their headline in Chinese, the fields named by their labels', async () => {
    const response = await zhOps.post('/api/products').send({ sku: 'ZH-1', catalog_id: 2, price: 1990, cost: 'x' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: '部分字段无效：采购成本、商品名称', errors: { name: '必填', cost: '必须是整数（单位：分）' } });
  });

  it('reads validation of values, references and workflows in Chinese', async () => {
    const badDate = await zhOps.post('/api/promotions').send({ starts_at: 'tomorrow' });
    expect(badDate.body.errors.starts_at).toBe('必须是有效的日期时间（ISO 8601；不带时区偏移时按店铺所在时区）');
    const noCatalog = await zhOps.post('/api/products').send({ sku: 'ZH-2', name: '测试', catalog_id: 999999, price: 1990, cost: 1000 });
    expect(noCatalog.status).toBe(400);
    expect(noCatalog.body.errors.catalog_id).toBe('没有 ID 为 999999 的类目');
    const badCode = await zhOps.post('/api/products').send({ sku: 'lower', name: '测试', catalog_id: 2, price: 1990, cost: 1000 });
    expect(badCode.body.errors.sku).toBe('大写字母、数字和短横线');
  });

  it('reads refusals, conflicts and missing records in Chinese', async () => {
    const missing = await zhOps.get('/api/products/999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: '没有 ID 为 999999 的商品' });
    const { body: product } = await zhOps.get('/api/products/1');
    const taken = await zhOps.post('/api/products').send({ sku: product.sku, name: '重复', catalog_id: 2, price: 1990, cost: 1000 });
    expect(taken.status).toBe(409);
    expect(taken.body.errors.sku).toBe(`商品编码“${product.sku}”已被占用`);
    const stale = await zhOps.put('/api/products/1').send({ name: '改名', version: product.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^你打开此商品后/);
    expect(stale.body.errors).toEqual({ version: '已过期' });
    const forbidden = await zhOps.get('/api/media_partners');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toMatch(/^你无权/);
    const badFilter = await zhOps.get('/api/products').query({ filter: JSON.stringify({ nope: 1 }) });
    expect(badFilter.body).toEqual({ message: '不能按“nope”筛选', errors: { nope: '不是此列表的筛选条件' } });
  });

  it('reads an import dry run report in Chinese, row by row', async () => {
    const response = await importCsv(zhOps, 'sku,name,catalog_id,price,cost\nZH-IMP-1,,2,1990,1000\nZH-IMP-2,好的,2,19.9,1000\n');
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('文件中有 2 个问题；未导入任何内容');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { row: 1, field: 'name', message: '必填' },
        { row: 2, field: 'price', message: '必须是整数（单位：分）' },
      ]),
    );
    const header = await importCsv(zhOps, 'sku,nope\n');
    expect(header.body).toEqual({ message: '表头包含未知或重复的列', errors: { nope: '不是此资源的字段' } });
  });

  it('reads a bulk preview in Chinese, each refused row with its reason', async () => {
    const preview = await zhOps.post('/api/products/bulk-update').send({ ids: [1], field: 'price', operation: 'lower', value: 9900, dry_run: true });
    expect(preview.status).toBe(200);
    const [row] = preview.body.rows;
    expect(row.errors.price).toMatch(/^毛利率 -?[\d.]+% 低于类目的下限 [\d.]+%（填写低于最低毛利的原因后仍可保存）$/);
    expect(row.message).toBe(row.errors.price);
  });
});

describe('before sign-in, and for a user who never chose', () => {
  it('follows the browser: sign-in errors and 401 in Chinese for zh-CN, English otherwise', async () => {
    const wrong = await request(t.app).post('/api/auth/login').set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8').send({ username: 'ops', password: 'wrong-password-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ message: '用户名或密码错误' });
    const missing = await request(t.app).post('/api/auth/login').set('Accept-Language', 'zh-CN').send({});
    expect(missing.body).toEqual({ message: '请输入用户名和密码', errors: { username: '必填', password: '必填' } });
    expect((await request(t.app).get('/api/products').set('Accept-Language', 'zh-CN')).body).toEqual({ message: '请先登录' });
    expect((await request(t.app).get('/api/products').set('Accept-Language', 'en-US,zh;q=0.5')).body).toEqual({ message: 'Sign in first' });
    expect((await request(t.app).get('/api/products')).body).toEqual({ message: 'Sign in first' });
  });

  it('follows the browser for a signed-in user without a choice, and the choice over the browser', async () => {
    const marketing = await signInAgent(t.app, 'marketing');
    const unchosen = await marketing.get('/api/products/999999').set('Accept-Language', 'zh-CN');
    expect(unchosen.body).toEqual({ message: '没有 ID 为 999999 的商品' });
    await marketing.put('/api/auth/preferences').send({ locale: 'en' });
    const chosen = await marketing.get('/api/products/999999').set('Accept-Language', 'zh-CN');
    expect(chosen.body).toEqual({ message: 'No product with id 999999' });
  });

  it('answers a body that is no JSON in the browser language (it is refused before the session is read)', async () => {
    const response = await request(t.app).post('/api/products').set('Accept-Language', 'zh-CN').set('Content-Type', 'application/json').send('{"sku":');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: '请求正文不是有效的 JSON' });
  });
});
