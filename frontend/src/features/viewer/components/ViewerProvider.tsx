import { useMemo, type ReactNode } from 'react';
import { ViewerDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';
import { ViewerContext, type ViewerState } from '../hooks/viewerContext';

/** Loads `viewer` once per signed-in user and shares it (header, dates, gate). */
export function ViewerProvider({ username, children }: { username: string; children: ReactNode }) {
  const { data, error, loading, refetch } = useQuery(() => request(ViewerDocument), `viewer:${username}`);
  const value = useMemo<ViewerState>(
    () => ({ viewer: data ? data.viewer : undefined, loading, error, refetch }),
    [data, loading, error, refetch],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}
