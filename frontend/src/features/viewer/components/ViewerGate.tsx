import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useViewerState } from '../hooks/viewerContext';

const NoAccessPage = lazy(() => import('./NoAccessPage'));

/** Renders the app only for staff the directory knows; a spinner, an error or "no access" otherwise. */
export function ViewerGate({ username, children }: { username: string; children: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewerState();
  if (loading) return <PageSpinner />;
  if (error || viewer === undefined) return <ErrorResult error={error} onRetry={refetch} />;
  if (viewer === null) {
    return (
      <Suspense fallback={<PageSpinner />}>
        <NoAccessPage username={username} />
      </Suspense>
    );
  }
  return <>{children}</>;
}
