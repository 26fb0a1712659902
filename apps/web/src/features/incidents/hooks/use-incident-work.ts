import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import { api } from '../../../api/client.ts';
import type {
  Comment,
  DocForm,
  Escalation,
  EscalationChannel,
  Evidence,
  IncidentLink,
  ObservableItem,
  OfficialDocument,
} from '../incident-types.ts';

type Part = 'comments' | 'observables' | 'links' | 'evidence' | 'escalations' | 'documents';

/** A list that hangs off an incident; refreshed with the incident by the change events. */
function useIncidentPart<T>(id: string, part: Part, enabled = true, quiet = false) {
  return useQuery({
    queryKey: ['incident', id, part],
    queryFn: ({ signal }) => api<{ items: T[] }>('GET', `/api/incidents/${id}/${part}`, { signal, quiet }),
    select: (data) => data.items,
    enabled,
  });
}

function usePartMutation<V>(id: string, fn: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['incident', id] }),
  });
}

export const useComments = (id: string) => useIncidentPart<Comment>(id, 'comments');
export const useAddComment = (id: string) =>
  usePartMutation(id, (body: string) => api('POST', `/api/incidents/${id}/comments`, { body: { body } }));

export const useAddTimelineEntry = (id: string) =>
  usePartMutation(id, (input: { at: string; text: string }) =>
    api('POST', `/api/incidents/${id}/timeline`, { body: input }),
  );

export const useObservables = (id: string) => useIncidentPart<ObservableItem>(id, 'observables');
export const useAddObservable = (id: string) =>
  usePartMutation(id, (input: { kind: ObservableKind; value: string }) =>
    api('POST', `/api/incidents/${id}/observables`, { body: input }),
  );

export const useLinks = (id: string) => useIncidentPart<IncidentLink>(id, 'links');
export const useAddLink = (id: string) =>
  usePartMutation(id, (input: { otherId: string; kind: 'related' | 'duplicate' }) =>
    api('POST', `/api/incidents/${id}/links`, { body: input }),
  );

export const useEvidence = (id: string, enabled: boolean) =>
  useIncidentPart<Evidence>(id, 'evidence', enabled);
export const useUploadEvidence = (id: string) =>
  usePartMutation(id, ({ file, description }: { file: File; description: string }) => {
    const form = new FormData();
    // Fields before the file: the server reads them while streaming the upload.
    if (description.trim()) form.append('description', description.trim());
    form.append('file', file);
    return api<Evidence>('POST', `/api/incidents/${id}/evidence`, { form });
  });

export const useEscalations = (id: string) => useIncidentPart<Escalation>(id, 'escalations');
export const useEscalate = (id: string) =>
  usePartMutation(
    id,
    (input: {
      toUnitId: string;
      channel: EscalationChannel;
      summary: string;
      share: { description: boolean; timeline: boolean; evidence: boolean; observables: boolean };
    }) => api('POST', `/api/incidents/${id}/escalations`, { body: input }),
  );

export const useDocuments = (id: string, enabled: boolean) =>
  // Quiet: the page says so itself when the list cannot be read.
  useIncidentPart<OfficialDocument>(id, 'documents', enabled, true);
export const useRecordSent = (id: string) =>
  usePartMutation(
    id,
    ({ form, ...body }: { form: DocForm; sentAt: string; sentTo: string; reference?: string }) =>
      api('POST', `/api/incidents/${id}/documents/${form}/sent`, { body }),
  );

export const evidenceUrl = (incidentId: string, evidenceId: string) =>
  `/api/incidents/${incidentId}/evidence/${evidenceId}`;
export const documentUrl = (incidentId: string, form: DocForm) =>
  `/api/incidents/${incidentId}/documents/${form}.docx`;
