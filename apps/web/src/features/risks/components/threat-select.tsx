import { Select } from '@mantine/core';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  SUBTYPE_LABELS,
  type Subtype,
  subtypesOf,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { useLocale } from '../../../i18n/i18n.ts';

/** Threat options: the incident taxonomy's subtypes under their cause group (seed II.3.b). */
export function useThreatOptions() {
  const { label } = useLocale();
  return CAUSE_GROUPS.map((group) => ({
    group: label(CAUSE_GROUP_LABELS[group]),
    items: subtypesOf(group).map((s) => ({ value: s, label: label(SUBTYPE_LABELS[s]) })),
  }));
}

interface Props {
  label: string;
  value: Subtype | null;
  onChange: (value: Subtype | null) => void;
  placeholder?: string;
  required?: boolean;
  clearable?: boolean;
  error?: string | null;
}

export function ThreatSelect({ label, value, onChange, placeholder, required, clearable, error }: Props) {
  const data = useThreatOptions();
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={(v) => onChange(v as Subtype | null)}
      searchable
      required={required}
      clearable={clearable}
      error={error}
      maxDropdownHeight={360}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
