import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../../../app/providers/AppProviders';
import { ContactPrintDocument, type ContactPrintQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { withViewer } from '../../../test/viewer';
import type { PrintableContact } from '../hooks/useContactPrint';
import { hidePhoneDigits } from '../printFormat';
import ContactPrintPage from './ContactPrintPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const household = {
  id: 'hh_0001',
  address: '海淀区望京西路',
  guardians: [
    { id: 'g1', name: '曹彤', relation: 'FATHER' as const, phone: '17074563220' },
    { id: 'g2', name: '曹文静', relation: 'GRANDMOTHER' as const, phone: '13095112391' },
  ],
};

const visit: PrintableContact = {
  __typename: 'Contact',
  id: 'con_7',
  occurredAt: '2026-11-20T11:00:00Z',
  recordedAt: '2026-11-20T14:00:00Z',
  version: 0,
  form: 'HOME_VISIT',
  kind: 'FOCUS',
  summary: '了解孩子在家学习情况',
  author: { id: 'stf_liu', displayName: '刘老师' },
  retraction: null,
  guardiansMet: [{ guardianId: 'g1', name: '曹彤', relation: 'FATHER' }],
  students: [
    { id: 's1', name: '曹轩', class: { id: 'cls_1_1', name: '一年级1班' }, household },
    { id: 's2', name: '曹安语', class: { id: 'cls_1_2', name: '一年级2班' }, household },
  ],
  place: '学生家中',
  durationMinutes: 90,
  otherParticipants: '心理老师',
  studentPresent: true,
  schoolReport: '上课专注',
  familyReport: '在家主动做家务',
  familySituationObserved: '三代同住，有独立书桌',
  homeLearningGuidance: '固定作业时间',
  analysis: '学习习惯良好，阅读量偏少',
  countermeasure: '推荐课外读物',
  agreedMeasures: '每天阅读半小时',
  followUps: [{ action: '两周后电话回访', owner: '刘老师', dueDate: '2026-12-04' }],
  needsSchool: false,
  schoolMatter: null,
  answersIncidentId: null,
  amendments: [],
};

function renderPrint(contact: PrintableContact | null) {
  requestMock.mockResolvedValueOnce({ node: contact } satisfies ContactPrintQuery);
  render(
    <AppProviders>
      <MemoryRouter initialEntries={['/contacts/con_7/print']}>
        {withViewer(
          ['SUBJECT_TEACHER'],
          <Routes>
            <Route path="/contacts/:id/print" element={<ContactPrintPage />} />
          </Routes>,
        )}
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('ContactPrintPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders the visit record like the paper form, with the phones partly hidden', async () => {
    renderPrint(visit);
    const sheet = await screen.findByTestId('print-sheet');
    expect(requestMock).toHaveBeenCalledWith(ContactPrintDocument, { id: 'con_7' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('示例小学 家访记录表');
    expect(screen.getByTestId('print-students')).toHaveTextContent('曹轩、曹安语');
    expect(screen.getByTestId('print-classes')).toHaveTextContent('一年级1班、一年级2班');
    expect(screen.getByTestId('print-address')).toHaveTextContent('海淀区望京西路');
    // Only the guardian met, and never the whole number.
    expect(screen.getByTestId('print-phones')).toHaveTextContent('170****3220（曹彤，父亲）');
    expect(sheet).not.toHaveTextContent('17074563220');
    expect(sheet).not.toHaveTextContent('130****2391');
    expect(screen.getByTestId('print-time')).toHaveTextContent('2026-11-20 19:00–20:30');
    expect(screen.getByTestId('print-form')).toHaveTextContent('上门家访 · 重点');
    const participants = screen.getByTestId('print-participants');
    expect(participants).toHaveTextContent('教师：刘老师');
    expect(participants).toHaveTextContent('家长：曹彤（父亲）');
    expect(participants).toHaveTextContent('其他：心理老师');
    expect(participants).toHaveTextContent('学生在场：是');
    expect(screen.getByTestId('print-summary')).toHaveTextContent('了解孩子在家学习情况');
    expect(screen.getByTestId('print-family')).toHaveTextContent('三代同住，有独立书桌');
    expect(screen.getByTestId('print-school-report')).toHaveTextContent('上课专注');
    expect(screen.getByTestId('print-family-report')).toHaveTextContent('在家主动做家务');
    expect(screen.getByTestId('print-analysis')).toHaveTextContent('学习习惯良好，阅读量偏少');
    expect(screen.getByTestId('print-measures')).toHaveTextContent('对策：推荐课外读物');
    expect(screen.getByTestId('print-measures')).toHaveTextContent('约定措施：每天阅读半小时');
    expect(screen.getByTestId('print-follow-ups')).toHaveTextContent(
      '两周后电话回访（负责人：刘老师；完成日期：2026-12-04）',
    );
    expect(sheet).toHaveTextContent('教师签名');
    expect(sheet).toHaveTextContent('家长签名');
    expect(sheet).toHaveTextContent('记录人：刘老师 · 记录于 2026-11-20 22:00 · 编号 con_7');
    expect(screen.queryByTestId('print-withdrawn')).not.toBeInTheDocument();
  });

  it('prints with the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderPrint(visit);
    await userEvent.click(await screen.findByTestId('print-button'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('marks a withdrawn record and titles other forms as a contact record', async () => {
    renderPrint({
      ...visit,
      form: 'PHONE',
      guardiansMet: [],
      retraction: { at: '2026-11-21T01:00:00Z', reason: '记错了学生', by: null },
    });
    expect(await screen.findByTestId('print-withdrawn')).toHaveTextContent('此记录已撤回：记错了学生');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('家校联系记录表');
    // No guardian met: every guardian on file, digits hidden.
    expect(screen.getByTestId('print-phones')).toHaveTextContent('170****3220');
    expect(screen.getByTestId('print-phones')).toHaveTextContent('130****2391');
  });

  it('hides the middle digits of a phone number', () => {
    expect(hidePhoneDigits('13812345678')).toBe('138****5678');
    expect(hidePhoneDigits('138****5678')).toBe('138****5678');
    expect(hidePhoneDigits('010 6275 1234')).toBe('010****1234');
    expect(hidePhoneDigits('12345')).toBe('*****');
  });
});
