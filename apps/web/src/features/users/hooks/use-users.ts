import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OneTimePassword, UserCreated } from '@ungcuu/domain/org/org-api.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UserInput, UserPatch } from '@ungcuu/domain/org/schemas.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page, User } from '../../../api/types.ts';

export interface UserListParams {
  q?: string;
  unitId?: string | null;
  role?: Role | null;
  limit: number;
  offset: number;
}

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', 'list', params],
    queryFn: ({ signal }) => apiGet<Page<User>>('/api/users', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => api<UserCreated>('POST', '/api/users', { body: input, quiet: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    /** quiet: the caller (a form) shows the error itself. */
    mutationFn: ({ id, patch, quiet }: { id: string; patch: UserPatch; quiet?: boolean }) =>
      api<User>('PATCH', `/api/users/${id}`, { body: patch, quiet }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<OneTimePassword>('POST', `/api/users/${id}/reset-password`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useResetTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<User>('POST', `/api/users/${id}/reset-totp`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
