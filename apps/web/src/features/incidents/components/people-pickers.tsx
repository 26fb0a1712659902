import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiGet } from '../../../api/client.ts';
import type { Page, Unit, User } from '../../../api/types.ts';

export function useUserById(id: string | null) {
  return useQuery({
    queryKey: ['users', 'detail', id],
    queryFn: ({ signal }) => api<User>('GET', `/api/users/${id}`, { signal, quiet: true }),
    enabled: !!id,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * Searchable person picker (the server searches names and usernames, accent-insensitive). With a
 * `unitId`, only that unit's active people are offered, and a person of another unit is cleared.
 */
export function UserSelect({
  label,
  value,
  onChange,
  unitId,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  unitId?: string | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useUserById(value);
  const selectedLabel = selected.data ? `${selected.data.fullName} (${selected.data.username})` : '';
  const q = debounced === selectedLabel ? '' : debounced.trim();
  const unit = unitId ?? undefined;
  const list = useQuery({
    queryKey: ['users', 'options', q, unit ?? ''],
    queryFn: ({ signal }) =>
      apiGet<Page<User>>('/api/users', { q, unitId: unit, active: true, limit: 30, offset: 0 }, signal),
    // While typing, keep the last answer on screen; never show another unit's people meanwhile.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[3] === (unit ?? '') ? previous : undefined,
  });
  // The person given the task must belong to the unit chosen beside it.
  const mismatch = !!unit && !!selected.data && selected.data.unitId !== unit;
  useEffect(() => {
    if (mismatch) onChange(null);
  }, [mismatch, onChange]);
  const users = [...(selected.data && !mismatch ? [selected.data] : []), ...(list.data?.items ?? [])];
  const seen = new Set<string>();
  const data = users
    .filter((u) => !seen.has(u.id) && seen.add(u.id))
    .map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }));
  return (
    <Select
      label={label}
      placeholder={t('incidents.assign.pickUser')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noResults')}
      clearable
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Several units, searched on the server; `known` gives the names of units already chosen. */
export function UnitMultiSelect({
  label,
  value,
  onChange,
  known,
  type,
  testId,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  known: { id: string; name: string }[];
  type?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [names, setNames] = useState<Record<string, string>>({});
  const list = useQuery({
    queryKey: ['units', 'options', debounced.trim(), type ?? ''],
    queryFn: ({ signal }) =>
      apiGet<Page<Unit>>('/api/units', { q: debounced.trim(), type, limit: 30, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const labels = new Map<string, string>(Object.entries(names));
  for (const u of known) labels.set(u.id, u.name);
  for (const u of list.data?.items ?? []) labels.set(u.id, u.name);
  const ids = [...new Set([...value, ...(list.data?.items ?? []).map((u) => u.id)])];
  const data = ids.map((id) => ({ value: id, label: labels.get(id) ?? '…' }));
  return (
    <MultiSelect
      label={label}
      placeholder={t('units.selectPlaceholder')}
      data={data}
      value={value}
      onChange={(next) => {
        setNames(Object.fromEntries(next.map((id) => [id, labels.get(id) ?? '…'])));
        onChange(next);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noResults')}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
