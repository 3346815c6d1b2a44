import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/providers/AppProviders';
import { EscalationChainsDocument, OpenEscalationDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { withViewer } from '../../../test/viewer';
import { RETENTION_CHAIN } from '../test/fixtures';
import { OpenEscalationModal } from './OpenEscalationModal';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

describe('OpenEscalationModal', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it("opens an escalation on the school's chain and shows it", async () => {
    requestMock.mockImplementation(async (document) => {
      if (document === EscalationChainsDocument) return { retention: RETENTION_CHAIN, schoolReferral: null };
      if (document === OpenEscalationDocument) {
        return { openEscalation: { escalation: { id: 'esc_9', version: 1 }, errors: [] } };
      }
      throw new Error('unexpected');
    });
    render(
      <AppProviders>
        <MemoryRouter initialEntries={['/students/stu_t1']}>
          {withViewer(
            ['LEARNING_MANAGER'],
            <Routes>
              <Route
                path="/students/:id"
                element={
                  <OpenEscalationModal
                    student={{ id: 'stu_t1', name: '林小雨' }}
                    idempotencyKey="key-1"
                    onClose={vi.fn()}
                  />
                }
              />
              <Route path="/escalations/:id" element={<div data-testid="detail">detail</div>} />
            </Routes>,
          )}
        </MemoryRouter>
      </AppProviders>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByLabelText('保单挽留')).toBeChecked();
    expect(within(dialog).queryByLabelText('上报德育处')).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByTestId('open-escalation-submit'));
    expect(await within(dialog).findByText('请填写事由')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('事由'), '家长提出退费，原因是排课冲突');
    await userEvent.click(within(dialog).getByTestId('open-escalation-submit'));

    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(OpenEscalationDocument, {
        input: {
          studentId: 'stu_t1',
          kind: 'RETENTION',
          matter: '家长提出退费，原因是排课冲突',
          idempotencyKey: 'key-1',
        },
      }),
    );
    expect(await screen.findByTestId('detail')).toBeInTheDocument();
  });
});
