import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../../../gql/graphql';
import { DEFAULT_TIME_ZONE } from '../../../lib/format/date';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface ViewerState {
  /** undefined while loading or failed; null when the directory does not know the user. */
  viewer: Viewer | null | undefined;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

export const ViewerContext = createContext<ViewerState>({
  viewer: undefined,
  loading: false,
  error: undefined,
  refetch: () => {},
});

export function useViewerState(): ViewerState {
  return useContext(ViewerContext);
}

/** The signed-in staff member as the school directory knows them (null until known). */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext).viewer ?? null;
}

/** The zone in which dates are shown: the viewer's school's, Asia/Shanghai by default. */
export function useSchoolTimeZone(): string {
  return useViewer()?.school?.timeZone ?? DEFAULT_TIME_ZONE;
}
