import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client.ts';
import type { Page, Unit } from '../api/types.ts';
import { useUnit } from '../features/units/hooks/use-units.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  required?: boolean;
  clearable?: boolean;
  error?: string | null;
  description?: string;
  /** A unit that may not be chosen (a unit cannot be its own parent). */
  excludeId?: string;
  testId?: string;
}

const optionLabel = (u: Unit) => `${u.name} (${u.code})`;

/** Searchable unit picker: the search runs on the server (accent-insensitive), 30 matches at a time. */
export function UnitSelect({
  label,
  value,
  onChange,
  required,
  clearable,
  error,
  description,
  excludeId,
  testId,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useUnit(value);
  const selectedLabel = selected.data ? optionLabel(selected.data) : '';
  // Once chosen, the box shows the chosen unit's label: that is not a search.
  const q = debounced === selectedLabel ? '' : debounced.trim();
  const list = useQuery({
    queryKey: ['units', 'options', q],
    queryFn: ({ signal }) => apiGet<Page<Unit>>('/api/units', { q, limit: 30, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const units = [...(selected.data ? [selected.data] : []), ...(list.data?.items ?? [])];
  const seen = new Set<string>();
  const data = units
    .filter((u) => u.id !== excludeId && !seen.has(u.id) && seen.add(u.id))
    .map((u) => ({ value: u.id, label: optionLabel(u) }));
  return (
    <Select
      label={label}
      placeholder={t('units.selectPlaceholder')}
      description={description}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noResults')}
      clearable={clearable}
      required={required}
      error={error}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A unit's name from its id (cached; rows of unit lists fill the cache). */
export function UnitName({ id }: { id: string | null }) {
  const unit = useUnit(id);
  if (!id) return null;
  return <>{unit.data?.name ?? '…'}</>;
}
