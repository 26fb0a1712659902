import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationPage,
  Notification as NotificationView,
} from '@ungcuu/domain/notifications/notification-api.ts';
import { api, apiGet } from '../../../api/client.ts';

export type {
  Notification as NotificationView,
  NotificationPage,
} from '@ungcuu/domain/notifications/notification-api.ts';

export function useNotifications(limit: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', limit, unreadOnly],
    queryFn: ({ signal }) =>
      apiGet<NotificationPage>(
        '/api/notifications',
        { limit, offset: 0, unreadOnly: unreadOnly || undefined },
        signal,
      ),
    // A reminder may be written by the scheduled job with no change event for this user: poll gently.
    refetchInterval: 120_000,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<NotificationView>('POST', `/api/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
