import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { SystemView } from '../system-types.ts';

interface Props {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  unitId?: string | null;
  description?: string;
}

/** Several information systems (a drill's scope); searched on the server, chosen ones named from cache. */
export function SystemMultiSelect({ label, value, onChange, unitId, description }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const list = useQuery({
    queryKey: ['systems', 'options', q, unitId ?? null],
    queryFn: ({ signal }) =>
      apiGet<Page<SystemView>>('/api/systems', { q, unitId, limit: 30, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const chosen = useQueries({
    queries: value.map((id) => ({
      queryKey: ['systems', 'detail', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<SystemView>('GET', `/api/systems/${id}`, { signal, quiet: true }),
      staleTime: 60_000,
    })),
  });
  const byId = new Map<string, string>();
  for (const c of chosen) if (c.data) byId.set(c.data.id, c.data.name);
  for (const s of list.data?.items ?? []) byId.set(s.id, s.name);
  for (const id of value) if (!byId.has(id)) byId.set(id, '…');
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={t('systems.select.placeholder')}
      data={[...byId].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('systems.select.nothing')}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
