import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractStaffDocument, RecordContractDocument, type ContractStaffQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { RecordContractForm, type RecordContractFormProps } from './RecordContractForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const staff: ContractStaffQuery = {
  contractStaff: {
    consultants: [
      { id: 'stf_test', displayName: '吴老师（咨询师）' },
      { id: 'stf_consultant-2', displayName: '钱老师（咨询师）' },
    ],
    learningManagers: [
      { id: 'stf_learning-manager', displayName: '周老师（学管师）' },
      { id: 'stf_learning-manager-2', displayName: '孙老师（学管师）' },
    ],
  },
};

let recordAnswer: unknown;

function answer(document: unknown) {
  if (document === ContractStaffDocument) return Promise.resolve(staff);
  if (document === RecordContractDocument) return Promise.resolve(recordAnswer);
  return Promise.reject(new Error('unexpected document'));
}

function renderForm(roles: Parameters<typeof withViewer>[0] = ['CONSULTANT']) {
  const props: RecordContractFormProps = {
    student: { id: 'stu_t8_01', name: '林一' },
    groupLearningManagerId: 'stf_learning-manager',
    idempotencyKey: 'key-7',
    onRecorded: vi.fn(),
    onCancel: vi.fn(),
  };
  renderWithProviders(withViewer(roles, <RecordContractForm {...props} />));
  return props;
}

async function chooseSubject(name: string) {
  fireEvent.mouseDown(within(screen.getByTestId('contract-subjects')).getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(name));
}

const submit = () => userEvent.click(screen.getByTestId('contract-submit'));

describe('RecordContractForm', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockImplementation(answer as typeof request);
    recordAnswer = { recordContract: { contract: { id: 'ctr_1', signedOn: '2026-11-26' }, errors: [] } };
  });

  it('needs subjects and the lessons bought before sending anything', async () => {
    renderForm();
    await submit();
    expect(await screen.findByText('请至少选择一个科目。')).toBeInTheDocument();
    expect(screen.getByText('请填写购买课时。')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(RecordContractDocument, expect.anything());
  });

  it('sends the student, today, subjects, lessons, the consultant signing and the group’s learning manager', async () => {
    const props = renderForm();
    expect(await screen.findByTitle('周老师（学管师）')).toBeInTheDocument();
    await chooseSubject('数学');
    await chooseSubject('物理');
    await userEvent.type(screen.getByLabelText('购买课时'), '48');
    await submit();

    await waitFor(() => expect(props.onRecorded).toHaveBeenCalled());
    const call = requestMock.mock.calls.find(([document]) => document === RecordContractDocument);
    expect(call?.[1]).toEqual({
      input: {
        studentId: 'stu_t8_01',
        signedOn: dayjs().format('YYYY-MM-DD'),
        subjects: ['数学', '物理'],
        lessonsBought: 48,
        consultantId: 'stf_test',
        learningManagerId: 'stf_learning-manager',
        idempotencyKey: 'key-7',
      },
    });
  });

  it('asks a supervisor to choose the consultant', async () => {
    renderForm(['SUPERVISOR']);
    await chooseSubject('英语');
    await userEvent.type(screen.getByLabelText('购买课时'), '24');
    await submit();
    expect(await screen.findByText('请填写签约咨询师。')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(RecordContractDocument, expect.anything());
  });

  it('shows UserErrors next to their field or above the form', async () => {
    recordAnswer = {
      recordContract: {
        contract: null,
        errors: [
          {
            code: 'NOT_ALLOWED',
            field: ['input', 'learningManagerId'],
            message: '该学管师不负责该学生所在的组。',
          },
          { code: 'NOT_FOUND', field: ['input', 'studentId'], message: '找不到该学生，或您无权查看。' },
        ],
      },
    };
    const props = renderForm();
    await chooseSubject('数学');
    await userEvent.type(screen.getByLabelText('购买课时'), '36');
    await submit();

    expect(await screen.findByText('该学管师不负责该学生所在的组。')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('contract-form-alert')).getByText('找不到该学生，或您无权查看。'),
    ).toBeInTheDocument();
    expect(props.onRecorded).not.toHaveBeenCalled();
  });
});
