// End-to-end: the analyst opens 数据探索 from the header, runs a saved example in GraphiQL
// (signed in with the analyst's own token), and reads the answer as a table and a chart.
import assert from 'node:assert/strict';
import { APP_URL } from '../api.mjs';
import { browserSession } from '../session.mjs';

const session = browserSession('explore');
const { e2e, shot, signIn } = session;

e2e('analyst runs a saved example and sees a table and a chart', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await signIn('analyst');
  await page.getByTestId('explore-link').click();
  await page.waitForURL(/\/explore$/);
  await page.getByRole('heading', { name: '数据探索' }).waitFor();
  // GraphiQL and its editor load in their own chunks.
  await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
  await page.locator('.graphiql-execute-button').click();
  const table = page.getByTestId('results-table');
  await table.getByText('一年级').waitFor();
  await table.getByText('合计').waitFor();
  await page.getByTestId('bucket-chart').waitFor();
  assert.ok((await table.locator('tbody tr').count()) >= 7, 'six grades and the total');
  await shot('explore-coverage');
});
