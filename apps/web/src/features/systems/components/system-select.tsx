import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import { useSystem } from '../hooks/use-systems.ts';
import type { SystemView } from '../system-types.ts';

export interface SystemSelectProps {
  label: string;
  value: string | null;
  onChange: (id: string | null, system: SystemView | null) => void;
  /** Only systems owned or operated by this unit. */
  unitId?: string | null;
  /** Systems that may not be chosen (the system itself, dependencies already there). */
  excludeIds?: readonly string[];
  placeholder?: string;
  description?: string;
  required?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  error?: string | null;
  testId?: string;
}

const optionLabel = (s: SystemView) => `${s.name} — ${s.operatingUnitName}`;

/**
 * Searchable information-system picker for any screen (risks, drills, incidents): the search runs
 * on the server (accent-insensitive), 30 matches at a time, within what the user may see.
 */
export function SystemSelect({
  label,
  value,
  onChange,
  unitId,
  excludeIds,
  placeholder,
  description,
  required,
  clearable,
  disabled,
  error,
  testId,
}: SystemSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useSystem(value);
  const selectedLabel = selected.data ? optionLabel(selected.data) : '';
  // Once chosen, the box shows the chosen system's label: that is not a search.
  const q = debounced === selectedLabel ? '' : debounced.trim();
  const list = useQuery({
    queryKey: ['systems', 'options', q, unitId ?? null],
    queryFn: ({ signal }) =>
      apiGet<Page<SystemView>>('/api/systems', { q, unitId, limit: 30, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const systems = [...(selected.data ? [selected.data] : []), ...(list.data?.items ?? [])];
  const byId = new Map(systems.map((s) => [s.id, s]));
  const data = [...byId.values()]
    .filter((s) => !excludeIds?.includes(s.id))
    .map((s) => ({ value: s.id, label: optionLabel(s) }));
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('systems.select.placeholder')}
      description={description}
      data={data}
      value={value}
      onChange={(id) => onChange(id, id ? (byId.get(id) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('systems.select.nothing')}
      clearable={clearable}
      required={required}
      disabled={disabled}
      error={error}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
