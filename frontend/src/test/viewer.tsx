import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { ViewerContext } from '../features/viewer/hooks/viewerContext';
import type { StaffRole } from '../gql/graphql';

/** Provides a signed-in viewer with the given roles, as ViewerProvider would. */
export function withViewer(roles: StaffRole[], ui: ReactNode) {
  return (
    <ViewerContext.Provider
      value={{
        viewer: {
          id: 'stf_test',
          username: 'test',
          displayName: '测试老师',
          roles,
          school: { id: 'sch_1', name: '示例小学', timeZone: 'Asia/Shanghai' },
        },
        loading: false,
        error: undefined,
        refetch: vi.fn(),
      }}
    >
      {ui}
    </ViewerContext.Provider>
  );
}
