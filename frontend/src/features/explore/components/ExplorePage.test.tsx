import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { EXAMPLES } from '../lib/examples';
import ExplorePage from './ExplorePage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
vi.mock('../../../lib/auth/authContext', () => ({
  useAuth: () => ({ user: { access_token: 'analyst-token' } }),
}));
// GraphiQL (Monaco) does not run in jsdom: a stand-in shows the query it was given and runs it.
vi.mock('./GraphiQLPane', () => ({
  default: ({ query, fetcher }: { query: string; fetcher: (r: { query: string }) => Promise<unknown> }) => (
    <div>
      <pre data-testid="graphiql-query">{query}</pre>
      <button onClick={() => void fetcher({ query })}>run</button>
    </div>
  ),
}));
vi.mock('./BucketChart', () => ({
  default: ({ labels }: { labels: string[] }) => <div data-testid="bucket-chart">{labels.join(',')}</div>,
}));

const requestMock = vi.mocked(request);

describe('ExplorePage', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockResolvedValue({ analytics: { minGroupSize: 10, maxBuckets: 1000, roundingBase: 5 } });
    vi.unstubAllGlobals();
  });

  it('loads an example into GraphiQL and shows its answer as a table and a chart', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(
        JSON.stringify({
          data: {
            analytics: {
              coverageStats: {
                buckets: [
                  {
                    keys: [{ dimension: 'GRADE', value: '1', label: '一年级' }],
                    suppressed: false,
                    students: 80,
                    visited: 40,
                    visitedPercent: 50,
                  },
                  {
                    keys: [{ dimension: 'GRADE', value: '2', label: '二年级' }],
                    suppressed: true,
                    students: null,
                    visited: null,
                    visitedPercent: null,
                  },
                ],
                total: { suppressed: false, rounded: true, students: 160, visited: 80, visitedPercent: 50 },
              },
            },
          },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(withViewer(['ANALYST'], <ExplorePage />));

    expect(await screen.findByTestId('graphiql-query')).toHaveTextContent('coverageStats(groupBy: GRADE)');
    expect(screen.getByText(/少于 10 人/)).toBeInTheDocument();
    expect(screen.getByText(/取整到最接近的 5 的倍数/)).toBeInTheDocument();
    expect(await screen.findByTestId('rounding-note')).toHaveTextContent(
      '数字已取整到 5 的倍数；“—”表示少于 10 名学生。',
    );
    await userEvent.click(screen.getByRole('button', { name: 'run' }));

    const table = await screen.findByTestId('results-table');
    expect(within(table).getByText('一年级')).toBeInTheDocument();
    expect(within(table).getByText('已抑制')).toBeInTheDocument();
    expect(within(table).getByText('合计')).toBeInTheDocument();
    expect(await screen.findByTestId('bucket-chart')).toHaveTextContent('一年级,二年级');
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer analyst-token');
    expect(screen.getByTestId('export-csv')).toBeInTheDocument();
  });

  it('offers every saved example in the chosen language', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ExplorePage />));
    await userEvent.click(within(await screen.findByTestId('example-select')).getByRole('combobox'));
    await waitFor(() => expect(screen.getAllByText('按月份统计联系次数').length).toBeGreaterThan(0));
    expect(EXAMPLES).toHaveLength(6);
  });

  it('tells teachers that Explore is for analysts', async () => {
    renderWithProviders(withViewer(['HOMEROOM_TEACHER'], <ExplorePage />));
    expect(await screen.findByText('只有分析员和校长可以使用数据探索。')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });
});
