import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ContractStaffDocument,
  StudentContractsDocument,
  type StudentContractsQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { StudentContractsCard } from './StudentContractsCard';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const contracts: StudentContractsQuery = {
  student: {
    id: 'stu_t8_01',
    class: {
      id: 'cls_t8_1',
      homeroomTeacher: { id: 'stf_learning-manager', displayName: '周老师（学管师）' },
    },
    contracts: [
      {
        id: 'ctr_2',
        signedOn: '2026-11-24',
        subjects: ['数学', '物理'],
        lessonsBought: 48,
        lessonsGiven: 0,
        firstLessonAt: '2026-11-29T10:30:00Z',
        state: 'ACTIVE',
        consultant: { id: 'stf_consultant', displayName: '吴老师（咨询师）' },
        learningManager: { id: 'stf_learning-manager', displayName: '周老师（学管师）' },
      },
    ],
  },
};

function answer(document: unknown) {
  if (document === StudentContractsDocument) return Promise.resolve(contracts);
  if (document === ContractStaffDocument)
    return Promise.resolve({ contractStaff: { consultants: [], learningManagers: [] } });
  return Promise.reject(new Error('unexpected document'));
}

describe('StudentContractsCard', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockImplementation(answer as typeof request);
  });

  it('lists the contracts with lessons, first lesson and people; a learning manager records none', async () => {
    renderWithProviders(
      withViewer(['LEARNING_MANAGER'], <StudentContractsCard student={{ id: 'stu_t8_01', name: '林一' }} />),
    );
    const contract = await screen.findByTestId('contract', {}, { timeout: 5000 });
    expect(within(contract).getByText('2026-11-24 签约')).toBeInTheDocument();
    expect(within(contract).getByText('履行中')).toBeInTheDocument();
    expect(contract).toHaveTextContent(
      '数学、物理 · 已上 0/48 课时 · 首课 2026-11-29 18:30 · 学管师：周老师（学管师） · 咨询师：吴老师（咨询师）',
    );
    expect(screen.queryByTestId('record-contract')).not.toBeInTheDocument();
    expect(requestMock).toHaveBeenCalledWith(StudentContractsDocument, { id: 'stu_t8_01' });
  });

  it('opens the new-contract form for a consultant', async () => {
    renderWithProviders(
      withViewer(['CONSULTANT'], <StudentContractsCard student={{ id: 'stu_t8_01', name: '林一' }} />),
    );
    await userEvent.click(await screen.findByTestId('record-contract', {}, { timeout: 5000 }));
    expect(
      await screen.findByText(
        '为 林一 登记新签的合同。保存后，负责的学管师会收到新生接档任务。',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });
});
