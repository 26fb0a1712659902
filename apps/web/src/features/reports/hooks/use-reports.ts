import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanSectionKey } from '@ungcuu/domain/documents/annual-plan.ts';
import type {
  Mau05,
  Mau05Input,
  Plan,
  PlanListSchema,
  PlanSectionInput,
  ReportSentInput,
} from '@ungcuu/domain/documents/documents-api.ts';
import type { PeriodKind } from '@ungcuu/domain/documents/mau05.ts';
import { api, apiGet } from '../../../api/client.ts';

// Query keys start with 'reports' so that one invalidation refreshes the module.

export function useMau05(kind: PeriodKind, year: number) {
  return useQuery({
    queryKey: ['reports', 'mau05', kind, year],
    queryFn: ({ signal }) => apiGet<Mau05>(`/api/reports/mau05/${kind}/${year}`, undefined, signal),
    retry: false,
  });
}

export function useSaveMau05(kind: PeriodKind, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Mau05Input) =>
      api<Mau05>('PUT', `/api/reports/mau05/${kind}/${year}`, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'mau05'] }),
  });
}

export function useMau05Sent(kind: PeriodKind, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportSentInput) =>
      api<Mau05>('POST', `/api/reports/mau05/${kind}/${year}/sent`, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'mau05'] }),
  });
}

export function usePlans() {
  return useQuery({
    queryKey: ['reports', 'plans'],
    queryFn: ({ signal }) => apiGet<Static<typeof PlanListSchema>>('/api/plans', undefined, signal),
  });
}

export function usePlan(year: number) {
  return useQuery({
    queryKey: ['reports', 'plan', year],
    queryFn: ({ signal }) => apiGet<Plan>(`/api/plans/${year}`, undefined, signal),
  });
}

function usePlanMutation<I>(request: (input: I) => Promise<Plan>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (plan) => {
      client.setQueryData(['reports', 'plan', plan.year], plan);
      void client.invalidateQueries({ queryKey: ['reports', 'plans'] });
    },
  });
}

export function useCreatePlan() {
  return usePlanMutation((year: number) => api<Plan>('POST', '/api/plans', { body: { year } }));
}

export function useSaveSection(year: number) {
  return usePlanMutation(({ key, input }: { key: PlanSectionKey; input: PlanSectionInput }) =>
    api<Plan>('PUT', `/api/plans/${year}/sections/${key}`, { body: input }),
  );
}

export function useRegenerateSection(year: number) {
  return usePlanMutation((key: PlanSectionKey) =>
    api<Plan>('POST', `/api/plans/${year}/sections/${key}/regenerate`),
  );
}
