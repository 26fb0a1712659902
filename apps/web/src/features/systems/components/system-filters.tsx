import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import {
  SECURITY_LEVEL_CHOICES,
  SECURITY_LEVEL_INFO,
  type SecurityLevelOrUnclassified,
  SYSTEM_KIND_LABELS,
  SYSTEM_KINDS,
  type SystemKind,
} from '@ungcuu/domain/systems/system.ts';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import type { SystemFilters } from '../hooks/use-systems.ts';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  filters: SystemFilters;
  onChange: (filters: SystemFilters) => void;
}

const levelValue = (v: string | null): SecurityLevelOrUnclassified | null =>
  v === null ? null : v === 'unclassified' ? 'unclassified' : (Number(v) as 1 | 2 | 3 | 4 | 5);

/** Search and filters of the inventory list: unit (owner or operator), level, kind, national list. */
export function SystemFilterBar({ search, onSearch, filters, onChange }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const set = (patch: Partial<SystemFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <TextInput
        label={t('systems.filters.search')}
        placeholder={t('systems.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        type="search"
        style={{ flex: '2 1 16rem' }}
      />
      <div style={{ flex: '2 1 16rem' }}>
        <UnitSelect
          label={t('systems.filters.unit')}
          value={filters.unitId}
          onChange={(unitId) => set({ unitId })}
          clearable
        />
      </div>
      <Select
        label={t('systems.filters.level')}
        placeholder={t('common.all')}
        data={SECURITY_LEVEL_CHOICES.map((l) => ({
          value: String(l),
          label: label(SECURITY_LEVEL_INFO[l].label),
        }))}
        value={filters.level === null ? null : String(filters.level)}
        onChange={(v) => set({ level: levelValue(v) })}
        clearable
        style={{ flex: '1 1 10rem' }}
      />
      <Select
        label={t('systems.filters.kind')}
        placeholder={t('common.all')}
        data={SYSTEM_KINDS.map((k) => ({ value: k, label: label(SYSTEM_KIND_LABELS[k]) }))}
        value={filters.kind}
        onChange={(v) => set({ kind: v as SystemKind | null })}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
      <Select
        label={t('systems.filters.critical')}
        placeholder={t('common.all')}
        data={[
          { value: 'yes', label: t('systems.filters.criticalYes') },
          { value: 'no', label: t('systems.filters.criticalNo') },
        ]}
        value={filters.critical === null ? null : filters.critical ? 'yes' : 'no'}
        onChange={(v) => set({ critical: v === null ? null : v === 'yes' })}
        clearable
        style={{ flex: '1 1 10rem', maxWidth: '18rem' }}
      />
    </Group>
  );
}
