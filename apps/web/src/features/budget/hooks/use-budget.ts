import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppraisalInput,
  BudgetCategory,
  BudgetLineInput,
  BudgetLineStatus,
  DecisionInput,
} from '@ungcuu/domain/budget/budget.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type {
  BudgetEstimate,
  BudgetLineDetail,
  BudgetLineView,
  BudgetTotalsView,
  SpendingView,
} from '../budget-types.ts';

// Query keys start with 'budget' so that the server's change events (app/realtime.ts) refresh them.

export interface BudgetFilters {
  year: number;
  unitId: string | null;
  status: BudgetLineStatus | null;
  category: BudgetCategory | null;
}

export function useBudgetLines(filters: BudgetFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['budget', 'lines', filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<BudgetLineView>>('/api/budget/lines', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetLine(id: string | null) {
  return useQuery({
    queryKey: ['budget', 'line', id],
    queryFn: ({ signal }) => apiGet<BudgetLineDetail>(`/api/budget/lines/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useBudgetTotals(year: number, unitId: string | null) {
  return useQuery({
    queryKey: ['budget', 'totals', year, unitId],
    queryFn: ({ signal }) => apiGet<BudgetTotalsView>('/api/budget/totals', { year, unitId }, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['budget'] });
}

export type LineInput = BudgetLineInput & { unitId?: string };

export function useSaveLine() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: LineInput }) =>
      id
        ? api<BudgetLineView>('PATCH', `/api/budget/lines/${id}`, { body: input, query: { version } })
        : api<BudgetLineView>('POST', '/api/budget/lines', { body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteLine() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/budget/lines/${id}`),
    onSuccess: invalidate,
  });
}

export function useTransition() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, to, note }: { id: string; to: 'submitted' | 'draft'; note?: string }) =>
      api<BudgetLineView>('POST', `/api/budget/lines/${id}/transition`, {
        body: { to, ...(note ? { note } : {}) },
      }),
    onSuccess: invalidate,
  });
}

export function useEstimate(year: number, unitId: string | null) {
  return useQuery({
    queryKey: ['budget', 'estimate', year, unitId],
    queryFn: ({ signal }) => apiGet<BudgetEstimate>('/api/budget/estimate', { year, unitId }, signal),
  });
}

/** Finance's appraisal of a submitted line (seed IV.3). */
export function useAppraise(lineId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: AppraisalInput) =>
      api<BudgetLineView>('POST', `/api/budget/lines/${lineId}/appraisal`, { body: input }),
    onSuccess: invalidate,
  });
}

/** The leader's decision on an appraised line. */
export function useDecide(lineId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      api<BudgetLineView>('POST', `/api/budget/lines/${lineId}/decision`, { body: input }),
    onSuccess: invalidate,
  });
}

export function useAddSpending(lineId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { amount: number; spentOn: string; note?: string }) =>
      api<SpendingView>('POST', `/api/budget/lines/${lineId}/spending`, { body: input }),
    onSuccess: invalidate,
  });
}

export function useRemoveSpending() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/budget/spending/${id}`),
    onSuccess: invalidate,
  });
}
