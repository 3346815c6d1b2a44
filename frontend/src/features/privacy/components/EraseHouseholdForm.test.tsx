import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EraseHouseholdDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { EraseHouseholdForm } from './EraseHouseholdForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

function renderForm() {
  const props = { householdId: 'hh_0001', idempotencyKey: 'erase-1', onErased: vi.fn(), onCancel: vi.fn() };
  renderWithProviders(<EraseHouseholdForm {...props} />);
  return props;
}

const submit = () => userEvent.click(screen.getByTestId('erase-submit'));

describe('EraseHouseholdForm', () => {
  beforeEach(() => requestMock.mockReset());

  it('warns that erasing cannot be undone and requires a reason', async () => {
    renderForm();
    expect(screen.getByText('此操作不可撤销')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('删除原因'), '   ');
    await submit();
    expect(await screen.findByText('请填写删除原因')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it("shows the server's RETENTION_NOT_OVER message with the earliest date", async () => {
    requestMock.mockResolvedValueOnce({
      eraseHousehold: {
        household: null,
        errors: [
          {
            code: 'RETENTION_NOT_OVER',
            field: ['input', 'householdId'],
            message: '记录保存期未满，最早可于 2029-11-20 删除。',
          },
        ],
      },
    });
    const props = renderForm();
    await userEvent.type(screen.getByLabelText('删除原因'), ' 家长书面申请删除 ');
    await submit();

    expect(await screen.findByTestId('erase-alert')).toHaveTextContent(
      '记录保存期未满，最早可于 2029-11-20 删除。',
    );
    expect(props.onErased).not.toHaveBeenCalled();
    expect(requestMock).toHaveBeenCalledWith(EraseHouseholdDocument, {
      input: { householdId: 'hh_0001', reason: '家长书面申请删除', idempotencyKey: 'erase-1' },
    });
  });

  it('reports success', async () => {
    requestMock.mockResolvedValueOnce({ eraseHousehold: { household: { id: 'hh_0001' }, errors: [] } });
    const props = renderForm();
    await userEvent.type(screen.getByLabelText('删除原因'), '家长申请');
    await submit();
    await waitFor(() => expect(props.onErased).toHaveBeenCalled());
  });
});
