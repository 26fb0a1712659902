import { Group, Select } from '@mantine/core';
import { RISK_BAND_INFO, RISK_BANDS, type RiskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import type { RiskFilters } from '../hooks/use-risks.ts';
import { RISK_STATUSES, type RiskStatus } from '../risk-types.ts';
import { ThreatSelect } from './threat-select.tsx';

/** Register filters; the unit also scopes the heat map. */
export function RiskFilterBar({
  filters,
  onChange,
}: {
  filters: RiskFilters;
  onChange: (f: RiskFilters) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const set = (patch: Partial<RiskFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <div style={{ flex: '2 1 16rem' }}>
        <UnitSelect
          label={t('risks.filters.unit')}
          value={filters.unitId}
          onChange={(unitId) => set({ unitId, systemId: null, cell: null })}
          clearable
        />
      </div>
      <div style={{ flex: '2 1 16rem' }}>
        <SystemSelect
          label={t('risks.filters.system')}
          value={filters.systemId}
          unitId={filters.unitId}
          onChange={(systemId) => set({ systemId })}
          clearable
          placeholder={t('common.all')}
        />
      </div>
      <Select
        label={t('risks.filters.band')}
        placeholder={t('common.all')}
        data={RISK_BANDS.map((b) => ({ value: b, label: label(RISK_BAND_INFO[b].label) }))}
        value={filters.band}
        onChange={(v) => set({ band: v as RiskBand | null, cell: null })}
        clearable
        style={{ flex: '1 1 9rem' }}
      />
      <div style={{ flex: '2 1 14rem' }}>
        <ThreatSelect
          label={t('risks.filters.threat')}
          placeholder={t('common.all')}
          value={filters.subtype}
          onChange={(subtype) => set({ subtype })}
          clearable
        />
      </div>
      <Select
        label={t('risks.filters.status')}
        placeholder={t('common.all')}
        data={RISK_STATUSES.map((s) => ({ value: s, label: t(`risks.statuses.${s}`) }))}
        value={filters.status}
        onChange={(v) => set({ status: v as RiskStatus | null })}
        clearable
        style={{ flex: '1 1 9rem', maxWidth: '16rem' }}
      />
    </Group>
  );
}
