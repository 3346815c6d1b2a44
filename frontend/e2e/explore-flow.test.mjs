// End-to-end, Explore: the analyst opens 数据探索 from the header, picks a saved example, runs it
// in GraphiQL (signed in with the analyst's own token), reads the answer in GraphiQL, as a table
// and as a chart, and exports it as CSV. A teacher is not offered Explore.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { APP_URL, devToken, graphql } from './api.mjs';
import { browserSession } from './session.mjs';

const session = browserSession('explore');
const { e2e, shot, signIn, signOut, choose } = session;

const EXAMPLE = '按联系形式统计';

/** The buckets of the example as the API answers the analyst directly, to check the page against. */
async function contactsByForm() {
  const data = await graphql(
    await devToken('analyst'),
    '{ analytics { contactStats(groupBy: [FORM]) { buckets { keys { label } } } } }',
  );
  return data.analytics.contactStats.buckets.map((bucket) => bucket.keys[0].label);
}

e2e('analyst runs a saved example: the answer in GraphiQL, a table, a chart and a CSV export', async () => {
  const { page } = session;
  const forms = await contactsByForm();
  assert.ok(forms.length >= 2, `the demo school has contacts of several forms: ${forms}`);

  await page.goto(`${APP_URL}/`);
  await signIn('analyst');
  for (const entry of ['nav-tasks', 'nav-compliance', 'nav-policy', 'nav-calendar', 'nav-contacts']) {
    assert.equal(await page.getByTestId(entry).count(), 0, `analysts are not offered ${entry}`);
  }
  await page.getByTestId('explore-link').click();
  await page.waitForURL(/\/explore$/);
  await page.getByRole('heading', { name: '数据探索' }).waitFor();

  await choose(page.getByTestId('example-select'), EXAMPLE);
  await page.getByRole('button', { name: '载入到编辑器' }).click();
  // GraphiQL draws its frame before Monaco has loaded; the pane says when its editors can run.
  await page.locator('[data-testid="graphiql-pane"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('.graphiql-tab-active').filter({ hasText: 'ContactsByForm' }).waitFor();
  await page.getByRole('button', { name: /^Execute query/ }).click();

  const response = page.getByRole('region', { name: 'Result Window' });
  await response.filter({ hasText: '"contactStats"' }).waitFor();
  await response.filter({ hasText: forms[0] }).waitFor();

  const table = page.getByTestId('results-table');
  await table.getByText('合计').waitFor();
  const rows = table.locator('tbody tr.ant-table-row');
  assert.equal(await rows.count(), forms.length + 1, 'a row per form and the total');
  for (const [index, form] of forms.entries()) {
    assert.equal((await rows.nth(index).locator('td').first().textContent()).trim(), form);
  }

  const chart = page.getByTestId('bucket-chart');
  await chart.locator('canvas').first().waitFor();
  const box = await chart.boundingBox();
  assert.ok(
    box && box.width > 200 && box.height > 200,
    `the chart is drawn at a readable size: ${JSON.stringify(box)}`,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  assert.match(download.suggestedFilename(), /^jiaxiao-analytics-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  assert.match(lines[0], /^联系形式,是否抑制,/, 'the header names the dimension and the figures');
  assert.ok(lines[0].includes('联系次数'), lines[0]);
  assert.equal(lines.length, forms.length + 2, 'the header, a line per form and the total');
  assert.deepEqual(
    lines.slice(1, -1).map((line) => line.split(',')[0].replace(/^"|"$/g, '')),
    forms,
  );
  assert.match(lines.at(-1), /^合计,/);
  console.log(`# ${forms.length} forms; CSV header: ${lines[0]}`);

  await shot('explore-contacts-by-form');
});

e2e('a teacher is not offered Explore', async () => {
  const { page } = session;
  await signOut();
  await signIn('homeroom');
  await page.getByTestId('nav-policy').waitFor();
  assert.equal(await page.getByTestId('explore-link').count(), 0);
  await page.goto(`${APP_URL}/explore`);
  await page.getByText('只有分析员和校长可以使用数据探索。').waitFor();
  assert.equal(await page.getByTestId('graphiql-pane').count(), 0);
});
