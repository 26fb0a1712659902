import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailStatus } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import type {
  MailFiled,
  MailIntakeStatus,
  MailPage,
  MailSendersView,
} from '@ungcuu/domain/mail-intake/mail-intake.views.ts';
import { api, apiGet } from '../../../api/client.ts';

const KEY = ['mail-intake'] as const;

export function useMailIntakeStatus() {
  return useQuery({
    queryKey: [...KEY, 'status'],
    queryFn: ({ signal }) => apiGet<MailIntakeStatus>('/api/mail-intake/status', undefined, signal),
  });
}

export function useMailQueue(status: MailStatus, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'messages', status, page],
    queryFn: ({ signal }) =>
      apiGet<MailPage>(
        '/api/mail-intake/messages',
        { status, limit: pageSize, offset: (page - 1) * pageSize },
        signal,
      ),
  });
}

/** Files an unknown sender's mail as a report of the chosen unit. */
export function useAssignMail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; unitId: string; rememberSender: boolean }) =>
      api<MailFiled>('POST', `/api/mail-intake/messages/${input.id}/assign`, {
        body: { unitId: input.unitId, rememberSender: input.rememberSender },
        quiet: true,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDismissMail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('POST', `/api/mail-intake/messages/${id}/dismiss`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUnitMailSenders(unitId: string) {
  return useQuery({
    queryKey: [...KEY, 'senders', unitId],
    // Quiet: a person who may not read them simply does not see the field.
    queryFn: ({ signal }) =>
      api<MailSendersView>('GET', `/api/units/${unitId}/mail-senders`, { signal, quiet: true }),
  });
}

export function useSaveUnitMailSenders(unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patterns: string[]) =>
      api<MailSendersView>('PUT', `/api/units/${unitId}/mail-senders`, { body: { patterns }, quiet: true }),
    onSuccess: (saved) => client.setQueryData([...KEY, 'senders', unitId], saved),
  });
}
