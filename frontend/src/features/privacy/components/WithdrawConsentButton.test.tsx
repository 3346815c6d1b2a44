import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WithdrawConsentDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { WithdrawConsentButton } from './WithdrawConsentButton';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

function renderButton() {
  const props = { householdId: 'hh_0001', consentId: 'cst_1', onWithdrawn: vi.fn(), onFailed: vi.fn() };
  renderWithProviders(<WithdrawConsentButton {...props} />);
  return props;
}

async function confirm() {
  await userEvent.click(screen.getByTestId('withdraw-consent'));
  expect(await screen.findByText('撤回该授权？')).toBeInTheDocument();
  const buttons = screen.getAllByRole('button', { name: /撤\s*回/ });
  await userEvent.click(buttons[buttons.length - 1]);
}

describe('WithdrawConsentButton', () => {
  beforeEach(() => requestMock.mockReset());

  it('asks first, then withdraws the consent', async () => {
    requestMock.mockResolvedValueOnce({ withdrawConsent: { consent: { id: 'cst_1' }, errors: [] } });
    const props = renderButton();
    await confirm();
    await waitFor(() => expect(props.onWithdrawn).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(WithdrawConsentDocument, {
      input: { householdId: 'hh_0001', consentId: 'cst_1', idempotencyKey: expect.any(String) },
    });
  });

  it("passes the server's NOT_ALLOWED message on", async () => {
    requestMock.mockResolvedValueOnce({
      withdrawConsent: {
        consent: null,
        errors: [
          {
            code: 'NOT_ALLOWED',
            field: ['input', 'householdId'],
            message: '您的角色不能处理该家庭的授权记录。',
          },
        ],
      },
    });
    const props = renderButton();
    await confirm();
    await waitFor(() => expect(props.onFailed).toHaveBeenCalledWith('您的角色不能处理该家庭的授权记录。'));
    expect(props.onWithdrawn).not.toHaveBeenCalled();
  });
});
