import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { UserError } from '../../lib/graphql/userErrors';
import { renderWithProviders } from '../../test/render';
import { FormModal } from './FormModal';
import { MutationForm, type MutationFormProps } from './MutationForm';
import { useFormOpening } from './useFormOpening';

interface Values {
  reason: string;
}

interface Payload {
  errors: UserError[];
  saved: { id: string } | null;
}

type Props = Partial<MutationFormProps<Values, Payload, { id: string }>>;

/** A page with a button that opens the modal, as the app's pages do. */
function Harness(props: Props & { send: MutationFormProps<Values, Payload, { id: string }>['send'] }) {
  const opening = useFormOpening();
  const [saved, setSaved] = useState<string>();
  return (
    <>
      <button onClick={opening.open}>open</button>
      {saved && <p>saved {saved}</p>}
      <FormModal title="Withdraw" idempotencyKey={opening.idempotencyKey} onClose={opening.close}>
        {(key) => (
          <MutationForm
            name="harness"
            idempotencyKey={key}
            initialValues={{ reason: '' }}
            saved={(payload) => payload.saved}
            onSaved={(result) => {
              setSaved(result.id);
              opening.close();
            }}
            fieldByInput={{ reason: 'reason' }}
            failure={{ title: 'Not saved', testId: 'harness-alert' }}
            submit={{ label: 'Send', testId: 'harness-submit' }}
            onCancel={opening.close}
            {...props}
          >
            <Form.Item name="reason" label="Reason" rules={[{ required: true, message: 'Give a reason' }]}>
              <Input />
            </Form.Item>
          </MutationForm>
        )}
      </FormModal>
    </>
  );
}

const payload = (errors: UserError[], saved: { id: string } | null = null): Payload => ({ errors, saved });

async function openAndFill(reason = 'moved away') {
  await userEvent.click(screen.getByRole('button', { name: 'open' }));
  await userEvent.type(await screen.findByLabelText('Reason'), reason);
}

const submit = () => userEvent.click(screen.getByTestId('harness-submit'));

describe('FormModal with a MutationForm', () => {
  it('is closed until opened, and sends the values with the key of this opening', async () => {
    const send = vi.fn().mockResolvedValue(payload([], { id: 'c1' }));
    renderWithProviders(<Harness send={send} />);
    expect(screen.queryByLabelText('Reason')).not.toBeInTheDocument();

    await openAndFill();
    await submit();

    expect(await screen.findByText('saved c1')).toBeInTheDocument();
    expect(send).toHaveBeenCalledTimes(1);
    const [values, key] = send.mock.calls[0];
    expect(values).toEqual({ reason: 'moved away' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates before sending anything', async () => {
    const send = vi.fn();
    renderWithProviders(<Harness send={send} />);
    await userEvent.click(screen.getByRole('button', { name: 'open' }));
    await submit();
    expect(await screen.findByText('Give a reason')).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();
  });

  it('puts a UserError under the field it names and the others in the alert', async () => {
    const send = vi.fn().mockResolvedValue(
      payload([
        { code: 'TOO_LONG', field: ['input', 'reason'], message: 'The reason is too long.' },
        { code: 'NOT_ALLOWED', field: ['input', 'contactId'], message: 'You may not withdraw it.' },
      ]),
    );
    renderWithProviders(<Harness send={send} />);
    await openAndFill();
    await submit();

    const fieldError = await screen.findByText('The reason is too long.');
    expect(fieldError.closest('.ant-form-item')).toContainElement(screen.getByLabelText('Reason'));
    const alert = screen.getByTestId('harness-alert');
    expect(within(alert).getByText('Not saved')).toBeInTheDocument();
    expect(within(alert).getByText('You may not withdraw it.')).toBeInTheDocument();
    expect(within(alert).queryByText('The reason is too long.')).not.toBeInTheDocument();
    expect(screen.queryByText(/^saved/)).not.toBeInTheDocument();
  });

  it('shows a failed request, and a retry sends the same key again', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Failed to fetch'))
      .mockResolvedValueOnce(payload([], { id: 'c2' }));
    renderWithProviders(<Harness send={send} />);
    await openAndFill();
    await submit();

    expect(await screen.findByTestId('harness-alert')).toHaveTextContent('Failed to fetch');
    await submit();
    expect(await screen.findByText('saved c2')).toBeInTheDocument();
    expect(send.mock.calls[1][1]).toBe(send.mock.calls[0][1]);
  });

  it('opens afresh, with a new key, after being closed', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Failed to fetch'));
    renderWithProviders(<Harness send={send} />);
    await openAndFill('first');
    await submit();
    await screen.findByTestId('harness-alert');
    await userEvent.click(screen.getByRole('button', { name: /Cancel|取\s*消/ }));

    await openAndFill('second');
    expect(screen.getByLabelText('Reason')).toHaveValue('second');
    expect(screen.queryByTestId('harness-alert')).not.toBeInTheDocument();
    await submit();
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1][1]).not.toBe(send.mock.calls[0][1]);
  });

  it('sends once while a request is under way, with the form disabled and cancel still usable', async () => {
    let answer: (value: Payload) => void = () => {};
    const send = vi.fn(() => new Promise<Payload>((resolve) => (answer = resolve)));
    renderWithProviders(<Harness send={send} />);
    await openAndFill();
    await submit();
    await submit();

    expect(send).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Reason')).toBeDisabled();
    expect(screen.getByRole('button', { name: /Cancel|取\s*消/ })).toBeEnabled();
    answer(payload([], { id: 'c3' }));
    expect(await screen.findByText('saved c3')).toBeInTheDocument();
  });

  it('leaves to `preempt` a payload it takes over', async () => {
    const preempt = vi.fn(() => true);
    const send = vi
      .fn()
      .mockResolvedValue(payload([{ code: 'CONFLICT', field: [], message: 'Changed meanwhile.' }]));
    renderWithProviders(<Harness send={send} preempt={preempt} />);
    await openAndFill();
    await submit();

    await waitFor(() => expect(preempt).toHaveBeenCalled());
    expect(screen.queryByTestId('harness-alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/^saved/)).not.toBeInTheDocument();
  });
});
