import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveHouseholdDocument, type DirectoryHouseholdFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import '../i18n';
import { GuardiansForm } from './GuardiansForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const household: DirectoryHouseholdFieldsFragment = {
  id: 'hh_1',
  address: '海淀区学院路',
  version: 3,
  guardians: [
    { id: 'gdn_1', name: '王妈妈', relation: 'MOTHER', phone: '13800138000', preferredChannel: 'PHONE' },
  ],
};

function renderForm() {
  const onSaved = vi.fn();
  renderWithProviders(
    <GuardiansForm household={household} idempotencyKey="key-1" onSaved={onSaved} onCancel={vi.fn()} />,
  );
  return onSaved;
}

const phoneInput = () => screen.getByTestId('guardian-phone-input');
const submit = () => userEvent.click(screen.getByTestId('guardians-submit'));

describe('GuardiansForm', () => {
  beforeEach(() => requestMock.mockReset());

  it('refuses a mobile number that is not 11 digits before sending anything', async () => {
    renderForm();
    await userEvent.clear(phoneInput());
    await userEvent.type(phoneInput(), '1380013');
    await submit();
    expect(await screen.findByText('手机号应为 11 位数字，以 13–19 开头')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('sends the guardians with their ids, the version read and the idempotency key', async () => {
    requestMock.mockResolvedValue({ saveHousehold: { household: { ...household, version: 4 }, errors: [] } });
    const onSaved = renderForm();
    await userEvent.clear(phoneInput());
    await userEvent.type(phoneInput(), '13912345678');
    await submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(SaveHouseholdDocument, {
      input: {
        id: 'hh_1',
        expectedVersion: 3,
        address: '海淀区学院路',
        guardians: [{ id: 'gdn_1', name: '王妈妈', relation: 'MOTHER', phone: '13912345678' }],
        idempotencyKey: 'key-1',
      },
    });
  });

  it('puts the server’s error under the guardian it names, and a conflict above the form', async () => {
    requestMock.mockResolvedValue({
      saveHousehold: {
        household: null,
        errors: [
          { code: 'INVALID_FORMAT', field: ['input', 'guardians.0.phone'], message: '手机号格式不对。' },
          {
            code: 'CONFLICT',
            field: ['input', 'expectedVersion'],
            message: '该记录已被他人修改，请刷新后再试。',
          },
        ],
      },
    });
    const onSaved = renderForm();
    await submit();
    expect(await screen.findByText('手机号格式不对。')).toBeInTheDocument();
    expect(screen.getByTestId('guardians-alert')).toHaveTextContent('该记录已被他人修改，请刷新后再试。');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
