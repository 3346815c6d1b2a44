import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageSpinner } from '../../components/PageSpinner';
import { ViewerGate } from '../../features/viewer/components/ViewerGate';
import { ViewerProvider } from '../../features/viewer/components/ViewerProvider';
import { useAuth } from '../../lib/auth/authContext';
import { AppLayout } from '../layout/AppLayout';
import { SignInPage } from './SignInPage';

/** Signed out: the sign-in page (coming back here afterwards). Signed in: the app for known staff. */
export function RequireAuth() {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return (
      <AppLayout>
        <SignInPage returnTo={`${location.pathname}${location.search}`} />
      </AppLayout>
    );
  }
  const username = String(user.profile.preferred_username ?? user.profile.sub);
  return (
    <ViewerProvider username={username}>
      <AppLayout>
        <ViewerGate username={username}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </ViewerGate>
      </AppLayout>
    </ViewerProvider>
  );
}
