import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChurnReportDocument } from '../../../../gql/graphql';
import { request } from '../../../../lib/graphql/client';
import { renderWithProviders } from '../../../../test/render';
import { withViewer } from '../../../../test/viewer';
import type * as CsvModule from '../../../compliance/csv';
import { downloadCsv } from '../../../compliance/csv';
import type { ChurnReport } from '../../churn';
import { CHURN } from '../../test/fixtures';
import ChurnReportPage from './ChurnReportPage';

vi.mock('../../../../lib/graphql/client', () => ({ request: vi.fn() }));
// ECharts draws on a canvas jsdom lacks: the chart is checked by what it is given.
vi.mock('./ChurnChart', () => ({
  default: ({ report, byManager }: { report: ChurnReport; byManager: boolean }) => (
    <div data-testid="churn-chart" data-by-manager={String(byManager)}>
      {report.totals.map((total) => `${total.reason}=${total.count}`).join(',')}
    </div>
  ),
}));
vi.mock('../../../compliance/csv', async (original) => ({
  ...(await original<typeof CsvModule>()),
  downloadCsv: vi.fn(),
}));
const requestMock = vi.mocked(request);

const byCampus: ChurnReport = {
  ...CHURN,
  groups: [
    {
      school: { id: 'sch_tutoring', name: '启航教育·海淀校区' },
      learningManager: null,
      escalations: 5,
      familiesKept: 2,
      familiesLost: 2,
      reasons: CHURN.totals,
    },
  ],
};

describe('ChurnReportPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
    vi.mocked(downloadCsv).mockReset();
  });

  it('charts and tabulates the reasons per campus, then per learning manager, and exports the table', async () => {
    requestMock.mockImplementation(async (_, variables) =>
      (variables as { groupBy: string }).groupBy === 'CAMPUS'
        ? { churnReport: byCampus }
        : { churnReport: CHURN },
    );
    renderWithProviders(withViewer(['CAMPUS_DIRECTOR'], <ChurnReportPage />));

    expect(await screen.findByTestId('churn-chart')).toHaveTextContent(
      'NO_REGULAR_FOLLOW_UP=3,SLOW_RESPONSE=1',
    );
    expect(requestMock).toHaveBeenCalledWith(ChurnReportDocument, {
      period: { start: dayjs().subtract(89, 'day').format('YYYY-MM-DD'), end: dayjs().format('YYYY-MM-DD') },
      groupBy: 'CAMPUS',
    });
    const table = screen.getByTestId('churn-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['校区', '保单事项', '挽留成功', '流失', '没有定期回访', '没有及时回应']);
    expect(within(table).getByText('启航教育·海淀校区').closest('tr')).toHaveTextContent(
      '启航教育·海淀校区52231',
    );

    await userEvent.click(within(screen.getByTestId('churn-group-by')).getByText('按学管师'));
    await waitFor(() => expect(screen.getByTestId('churn-chart')).toHaveAttribute('data-by-manager', 'true'));
    const rows = within(screen.getByTestId('churn-table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '学管师保单事项挽留成功流失没有定期回访没有及时回应',
      '周老师（学管师）42121',
      '（未分配学管师）10110',
      '合计52231',
    ]);

    await userEvent.click(screen.getByTestId('churn-csv'));
    expect(downloadCsv).toHaveBeenCalledWith(
      expect.stringContaining('周老师（学管师）,4,2,1,2,1'),
      'churn-2026-09-01-2026-11-30.csv',
    );
  });

  it('is for the campus leadership only', async () => {
    renderWithProviders(withViewer(['LEARNING_MANAGER'], <ChurnReportPage />));
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });
});
