import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordConsentDocument, type RecordConsentMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { RecordConsentForm, type RecordConsentFormProps } from './RecordConsentForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const consent = {
  id: 'cst_1',
  guardianId: 'gdn_2',
  purposes: ['CONTACT_RECORDS', 'SENSITIVE_CATEGORIES'],
  rulesVersion: '2026-09',
  givenAt: '2026-11-20T02:00:00Z',
  withdrawnAt: null,
  recordedBy: { id: 'stf_1', displayName: '陈老师' },
} satisfies NonNullable<RecordConsentMutation['recordConsent']['consent']>;

function renderForm(overrides: Partial<RecordConsentFormProps> = {}) {
  const props: RecordConsentFormProps = {
    householdId: 'hh_0001',
    guardians: [
      { id: 'gdn_1', name: '李芳', relation: 'MOTHER' },
      { id: 'gdn_2', name: '张伟', relation: 'FATHER' },
    ],
    idempotencyKey: 'key-1',
    onRecorded: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<RecordConsentForm {...props} />);
  return props;
}

async function chooseGuardian(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(label));
}

const submit = () => userEvent.click(screen.getByTestId('consent-submit'));

describe('RecordConsentForm', () => {
  beforeEach(() => requestMock.mockReset());

  it('needs a guardian and at least one purpose before sending anything', async () => {
    renderForm();
    expect(screen.getByLabelText('规则版本')).toHaveValue('2026-09');
    await submit();
    expect(await screen.findByText('请至少选择一项授权用途')).toBeInTheDocument();
    expect(screen.getByText('请填写授权家长')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();

    await chooseGuardian('张伟（父亲）');
    await submit();
    expect(await screen.findByText('请至少选择一项授权用途')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('sends household, guardian, purposes, rules version, today and the idempotency key', async () => {
    requestMock.mockResolvedValueOnce({ recordConsent: { consent, errors: [] } });
    const props = renderForm({ idempotencyKey: 'key-9' });
    await chooseGuardian('张伟（父亲）');
    await userEvent.click(screen.getByRole('checkbox', { name: '联系记录' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '敏感信息' }));
    const version = screen.getByLabelText('规则版本');
    await userEvent.clear(version);
    await userEvent.type(version, ' 2026-09b ');
    await submit();

    await waitFor(() => expect(props.onRecorded).toHaveBeenCalledWith(consent));
    expect(requestMock).toHaveBeenCalledTimes(1);
    const [document, variables] = requestMock.mock.calls[0] as unknown as [
      unknown,
      { input: Record<string, unknown> },
    ];
    expect(document).toBe(RecordConsentDocument);
    expect(variables.input).toEqual({
      householdId: 'hh_0001',
      guardianId: 'gdn_2',
      purposes: ['CONTACT_RECORDS', 'SENSITIVE_CATEGORIES'],
      rulesVersion: '2026-09b',
      givenAt: expect.any(String),
      idempotencyKey: 'key-9',
    });
    expect(Math.abs(dayjs(variables.input.givenAt as string).diff(dayjs(), 'minute'))).toBeLessThan(5);
  });

  it('preselects the only guardian', async () => {
    requestMock.mockResolvedValueOnce({ recordConsent: { consent, errors: [] } });
    renderForm({ guardians: [{ id: 'gdn_7', name: '王奶奶', relation: 'GRANDMOTHER' }] });
    await userEvent.click(screen.getByRole('checkbox', { name: '联系记录' }));
    await submit();
    await waitFor(() => expect(requestMock).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toMatchObject({
      input: { guardianId: 'gdn_7', purposes: ['CONTACT_RECORDS'] },
    });
  });

  it('shows UserErrors next to their field or above the form', async () => {
    requestMock.mockResolvedValueOnce({
      recordConsent: {
        consent: null,
        errors: [
          { code: 'IN_THE_FUTURE', field: ['input', 'givenAt'], message: '授权时间不能晚于现在。' },
          {
            code: 'NOT_ALLOWED',
            field: ['input', 'householdId'],
            message: '您的角色不能处理该家庭的授权记录。',
          },
        ],
      },
    });
    const props = renderForm();
    await chooseGuardian('李芳（母亲）');
    await userEvent.click(screen.getByRole('checkbox', { name: '联系记录' }));
    await submit();

    expect(await screen.findByText('授权时间不能晚于现在。')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('consent-form-alert')).getByText('您的角色不能处理该家庭的授权记录。'),
    ).toBeInTheDocument();
    expect(props.onRecorded).not.toHaveBeenCalled();
  });
});
