import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidentSearch } from '../hooks/use-incidents.ts';

interface Props {
  label: string;
  excludeId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}

/** Picks another incident by code or words of its title (the search runs on the server). */
export function IncidentPicker({ label, excludeId, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [labels, setLabels] = useState<Record<string, string>>({});
  // Once chosen, the box shows the chosen incident's label: that is not a search.
  const q = value && labels[value] === debounced ? '' : debounced.trim();
  const found = useIncidentSearch(q, excludeId);
  const data = (found.data ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.title}` }));
  if (value && !data.some((d) => d.value === value) && labels[value])
    data.unshift({ value, label: labels[value] });
  return (
    <Select
      label={label}
      placeholder={t('incidents.pickPlaceholder')}
      data={data}
      value={value}
      onChange={(v, option) => {
        if (v && option) setLabels((l) => ({ ...l, [v]: option.label }));
        onChange(v);
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
