import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import type { StudentProfile } from '../hooks/useStudent';
import { HouseholdCard } from './HouseholdCard';
import { StudentSummary } from './StudentSummary';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));

function profile(
  overrides: Partial<StudentProfile> = {},
  household: Partial<StudentProfile['household']> = {},
) {
  return {
    id: 'stu_1',
    name: '张小明',
    studentNo: '2026010101',
    gender: 'MALE',
    lastContactAt: null,
    contactsThisYear: 0,
    focusCategories: ['LOW_INCOME', 'LEFT_BEHIND'],
    maskedFields: [],
    class: { id: 'cls_1_1', name: '一年级1班' },
    household: {
      id: 'hh_0001',
      address: '朝阳区幸福街道',
      situation: { structure: 'GRANDPARENTS', economy: 'LOW_INCOME', notes: '家长务工收入不稳定' },
      maskedFields: [],
      guardians: [
        {
          id: 'gdn_1',
          name: '李芳',
          relation: 'MOTHER',
          phone: '13812345678',
          preferredChannel: 'PHONE',
        },
        { id: 'gdn_2', name: '张伟', relation: 'FATHER', phone: null, preferredChannel: 'WECHAT' },
      ],
      consents: [
        {
          id: 'cst_2',
          guardianId: 'gdn_1',
          purposes: ['CONTACT_RECORDS', 'SENSITIVE_CATEGORIES'],
          rulesVersion: '2026-09',
          givenAt: '2026-09-01T02:00:00Z',
          withdrawnAt: null,
          recordedBy: { id: 'stf_homeroom', displayName: '陈老师' },
        },
        {
          id: 'cst_1',
          guardianId: 'gdn_2',
          purposes: ['CONTACT_RECORDS'],
          rulesVersion: '2025-09',
          givenAt: '2025-09-01T02:00:00Z',
          withdrawnAt: '2026-03-01T02:00:00Z',
          recordedBy: null,
        },
      ],
      students: [{ id: 'stu_1', name: '张小明', class: { id: 'cls_1_1', name: '一年级1班' } }],
      ...household,
    },
    ...overrides,
  } as StudentProfile;
}

function renderStudent(
  student: StudentProfile,
  roles: Parameters<typeof withViewer>[0] = ['HOMEROOM_TEACHER'],
) {
  renderWithProviders(
    withViewer(
      roles,
      <>
        <StudentSummary student={student} />
        <HouseholdCard student={student} onChanged={vi.fn()} />
      </>,
    ),
  );
}

describe('sensitive information on the student page', () => {
  it('shows focus categories, the family situation and callable phones when not withheld', () => {
    renderStudent(profile());
    const categories = screen.getByTestId('focus-categories');
    expect(categories).toHaveTextContent('低收入家庭/贫困');
    expect(categories).toHaveTextContent('留守儿童');
    const situation = screen.getByTestId('family-situation');
    expect(situation).toHaveTextContent('祖辈抚养');
    expect(situation).toHaveTextContent('低保');
    expect(situation).toHaveTextContent('家长务工收入不稳定');
    expect(screen.queryByText('受限')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '13812345678' })).toHaveAttribute('href', 'tel:13812345678');
  });

  it('shows "restricted" with the policy for each field in maskedFields, and masked phones as text', async () => {
    renderStudent(
      profile(
        { focusCategories: null, maskedFields: ['focusCategories'] },
        {
          situation: null,
          maskedFields: ['situation'],
          guardians: [
            {
              id: 'gdn_1',
              name: '李芳',
              relation: 'MOTHER',
              phone: '138****5678',
              preferredChannel: 'PHONE',
            },
          ],
        },
      ),
      ['SUBJECT_TEACHER'],
    );
    const focus = screen.getByTestId('restricted-focusCategories');
    expect(focus).toHaveTextContent('受限');
    expect(screen.getByTestId('restricted-situation')).toHaveTextContent('受限');
    expect(screen.queryByTestId('focus-categories')).not.toBeInTheDocument();
    expect(screen.queryByTestId('family-situation')).not.toBeInTheDocument();

    await userEvent.hover(focus);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('根据隐私保护规定，您的角色无权查看此信息');

    const phone = screen.getByTestId('guardian-phone');
    expect(phone).toHaveTextContent('138****5678');
    expect(phone.closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: /138/ })).not.toBeInTheDocument();
  });

  it('lists consents with guardian, purposes, rules version, dates and who recorded them', () => {
    renderStudent(profile());
    const items = screen.getAllByTestId('consent-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('李芳（母亲）');
    expect(items[0]).toHaveTextContent('联系记录');
    expect(items[0]).toHaveTextContent('敏感信息');
    expect(items[0]).toHaveTextContent('规则版本 2026-09');
    expect(items[0]).toHaveTextContent('2026-09-01 授权');
    expect(items[0]).toHaveTextContent('记录人：陈老师');
    expect(within(items[0]).getByTestId('withdraw-consent')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('张伟（父亲）');
    expect(items[1]).toHaveTextContent('已撤回 2026-03-01');
    expect(within(items[1]).queryByTestId('withdraw-consent')).not.toBeInTheDocument();
    expect(screen.getByTestId('record-consent')).toBeInTheDocument();
  });

  it('offers recording and withdrawing consents only to the roles that may handle them', () => {
    renderStudent(profile(), ['SUBJECT_TEACHER']);
    expect(screen.getAllByTestId('consent-item')).toHaveLength(2);
    expect(screen.queryByTestId('record-consent')).not.toBeInTheDocument();
    expect(screen.queryByTestId('withdraw-consent')).not.toBeInTheDocument();
  });
});
