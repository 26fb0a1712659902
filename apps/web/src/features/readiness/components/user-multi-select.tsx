import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiGet } from '../../../api/client.ts';
import type { Page, User } from '../../../api/types.ts';

const optionLabel = (u: User) => `${u.fullName} (${u.username})`;

/** People who attended a training; the server searches names and usernames. */
export function UserMultiSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const list = useQuery({
    queryKey: ['users', 'options', q],
    queryFn: ({ signal }) => apiGet<Page<User>>('/api/users', { q, limit: 30, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const chosen = useQueries({
    queries: value.map((id) => ({
      queryKey: ['users', 'detail', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<User>('GET', `/api/users/${id}`, { signal, quiet: true }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const byId = new Map<string, string>();
  for (const c of chosen) if (c.data) byId.set(c.data.id, optionLabel(c.data));
  for (const u of list.data?.items ?? []) byId.set(u.id, optionLabel(u));
  for (const id of value) if (!byId.has(id)) byId.set(id, t('readiness.trainings.otherUnitPerson'));
  return (
    <MultiSelect
      label={label}
      placeholder={t('readiness.trainings.attendeesPlaceholder')}
      data={[...byId].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noResults')}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
