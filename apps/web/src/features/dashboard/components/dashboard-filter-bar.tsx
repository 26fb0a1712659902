import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { CAUSE_GROUP_LABELS, CAUSE_GROUPS, type CauseGroup } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { todayVn } from '../../../lib/format.ts';
import { type DashboardFilter, filterFromParams } from '../hooks/dashboard-filters.ts';

/** The dashboard's filter, read from and written to the address bar. */
export function useDashboardFilter(): [DashboardFilter, (next: Partial<DashboardFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params, todayVn());
  const update = (next: Partial<DashboardFilter>) => {
    const merged = { ...filter, ...next };
    const out = new URLSearchParams();
    out.set('from', merged.from);
    out.set('to', merged.to);
    if (merged.unitId) out.set('unitId', merged.unitId);
    if (merged.causeGroup) out.set('causeGroup', merged.causeGroup);
    setParams(out, { replace: true });
  };
  return [filter, update];
}

/** Period, unit and cause group of every tile, and the print button (a leader takes the page to a meeting). */
export function DashboardFilterBar({
  filter,
  onChange,
  unitPicker,
}: {
  filter: DashboardFilter;
  onChange: (next: Partial<DashboardFilter>) => void;
  /** Only those who read every unit choose one; a unit's people always see their own. */
  unitPicker: boolean;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Group align="flex-end" gap="sm" mb="md" className="dashboard-filters" wrap="wrap">
      <TextInput
        type="date"
        label={t('dashboards.from')}
        value={filter.from}
        onChange={(e) => e.currentTarget.value && onChange({ from: e.currentTarget.value })}
        w={160}
        data-testid="dashboard-from"
      />
      <TextInput
        type="date"
        label={t('dashboards.to')}
        value={filter.to}
        onChange={(e) => e.currentTarget.value && onChange({ to: e.currentTarget.value })}
        w={160}
        data-testid="dashboard-to"
      />
      {unitPicker && (
        <div style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 360 }}>
          <UnitSelect
            label={t('dashboards.unit')}
            value={filter.unitId}
            onChange={(unitId) => onChange({ unitId })}
            clearable
          />
        </div>
      )}
      <Select
        label={t('dashboards.causeGroup')}
        value={filter.causeGroup}
        onChange={(v) => onChange({ causeGroup: (v as CauseGroup | null) ?? null })}
        data={CAUSE_GROUPS.map((g) => ({ value: g, label: label(CAUSE_GROUP_LABELS[g]) }))}
        clearable
        placeholder={t('dashboards.allCauses')}
        w={260}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden />}
        onClick={() => window.print()}
        className="no-print"
        data-testid="dashboard-print"
      >
        {t('dashboards.print')}
      </Button>
    </Group>
  );
}
