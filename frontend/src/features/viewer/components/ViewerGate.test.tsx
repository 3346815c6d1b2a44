import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, type AuthContextValue } from '../../../lib/auth/authContext';
import { renderWithProviders } from '../../../test/render';
import { ViewerContext, type ViewerState } from '../hooks/viewerContext';
import { ViewerGate } from './ViewerGate';

const auth: AuthContextValue = { user: null, signIn: vi.fn(), signOut: vi.fn(), completeSignIn: vi.fn() };

function renderGate(state: Partial<ViewerState>) {
  const value: ViewerState = {
    viewer: undefined,
    loading: false,
    error: undefined,
    refetch: vi.fn(),
    ...state,
  };
  renderWithProviders(
    <AuthContext.Provider value={auth}>
      <ViewerContext.Provider value={value}>
        <ViewerGate username="wang">
          <p>app</p>
        </ViewerGate>
      </ViewerContext.Provider>
    </AuthContext.Provider>,
  );
}

describe('ViewerGate', () => {
  it('shows "no access" when the directory does not know the signed-in user', async () => {
    renderGate({ viewer: null });
    expect(await screen.findByText('无访问权限')).toBeInTheDocument();
    expect(screen.getByText(/wang/)).toBeInTheDocument();
    expect(screen.queryByText('app')).not.toBeInTheDocument();
  });

  it('lets known staff through', () => {
    renderGate({
      viewer: { id: 'v', username: 'wang', displayName: '王老师', roles: ['HOMEROOM_TEACHER'], school: null },
    });
    expect(screen.getByText('app')).toBeInTheDocument();
  });

  it('shows a retryable error when the viewer cannot be loaded', () => {
    renderGate({ error: new Error('HTTP 502') });
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 502');
  });
});
