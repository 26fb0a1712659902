import { Select } from '@mantine/core';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  SUBTYPE_LABELS,
  type Subtype,
  subtypesOf,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { useLocale } from '../../../i18n/i18n.ts';

/** Subtype options grouped under their cause group, in the order of the seed plan (II.3.b). */
export function useSubtypeOptions() {
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
  testId?: string;
}

export function SubtypeSelect({ label, value, onChange, testId }: Props) {
  const data = useSubtypeOptions();
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(v) => onChange(v as Subtype | null)}
      searchable
      maxDropdownHeight={360}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
