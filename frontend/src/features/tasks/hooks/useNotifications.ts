import { useCallback } from 'react';
import {
  MarkNotificationReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type AppNotification = NotificationsQuery['notifications']['edges'][number]['node'];

/** The latest 20 notifications and the unread count; markRead refreshes them. */
export function useNotifications() {
  const { data, error, loading, refetch } = useQuery(
    () => request(NotificationsDocument, { first: 20 }),
    'notifications',
  );
  const markRead = useCallback(
    async (id: string) => {
      await request(MarkNotificationReadDocument, { input: { id } });
      refetch();
    },
    [refetch],
  );
  return {
    notifications: data?.notifications.edges.map((edge) => edge.node) ?? ([] as AppNotification[]),
    unread: data?.notifications.unreadCount ?? 0,
    error,
    loading,
    markRead,
  };
}
