import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SetHolidayArrangementDocument, SetSchoolYearDatesDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import type { CalendarData } from '../hooks/useCalendar';
import CalendarEditors from './CalendarEditors';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const calendar = {
  version: 3,
  days: [],
  holidayArrangements: [
    {
      year: 2026,
      holidays: [{ name: '国庆节', start: '2026-10-01', end: '2026-10-07' }],
      makeUpWorkingDays: ['2026-09-27'],
    },
  ],
  schoolYears: [
    {
      startYear: 2026,
      start: '2026-09-01',
      end: '2027-07-10',
      terms: [
        { name: '第一学期', start: '2026-09-01', end: '2027-01-20' },
        { name: '第二学期', start: '2027-02-20', end: '2027-07-10' },
      ],
      winterBreak: { start: '2027-01-21', end: '2027-02-19' },
      summerBreak: null,
    },
  ],
} satisfies CalendarData;

function renderEditors(mode: 'holidays' | 'schoolYear') {
  const props = { mode, calendar, year: 2026, onClose: vi.fn(), onSaved: vi.fn() };
  renderWithProviders(<CalendarEditors {...props} />);
  return props;
}

const save = async () => userEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));

describe('CalendarEditors', () => {
  beforeEach(() => requestMock.mockReset());

  it("sends the year's holidays and make-up working days as read", async () => {
    requestMock.mockResolvedValueOnce({ setHolidayArrangement: { calendar: { version: 4 }, errors: [] } });
    const props = renderEditors('holidays');
    expect(await screen.findByDisplayValue('国庆节')).toBeInTheDocument();
    await save();
    await waitFor(() => expect(props.onSaved).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(SetHolidayArrangementDocument, {
      input: {
        year: 2026,
        holidays: [{ name: '国庆节', start: '2026-10-01', end: '2026-10-07' }],
        makeUpWorkingDays: ['2026-09-27'],
      },
    });
  });

  it('sends the school year with its terms and breaks, and shows the refusal', async () => {
    requestMock.mockResolvedValueOnce({
      setSchoolYearDates: {
        calendar: null,
        errors: [{ code: 'INVALID', field: ['input', 'terms'], message: '学期不能重叠。' }],
      },
    });
    const props = renderEditors('schoolYear');
    await save();
    expect(await screen.findByText('学期不能重叠。')).toBeInTheDocument();
    expect(props.onSaved).not.toHaveBeenCalled();
    expect(requestMock).toHaveBeenCalledWith(SetSchoolYearDatesDocument, {
      input: {
        startYear: 2026,
        start: '2026-09-01',
        end: '2027-07-10',
        terms: calendar.schoolYears[0].terms,
        winterBreak: { start: '2027-01-21', end: '2027-02-19' },
        summerBreak: null,
      },
    });
  });

  it('removes a holiday row', async () => {
    requestMock.mockResolvedValueOnce({ setHolidayArrangement: { calendar: { version: 4 }, errors: [] } });
    renderEditors('holidays');
    await userEvent.click((await screen.findAllByLabelText('删除'))[0]);
    await save();
    await waitFor(() => expect(requestMock).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toMatchObject({ input: { holidays: [] } });
  });
});
