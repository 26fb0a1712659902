import { Badge, Button, Collapse, Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { INCIDENT_STATES, STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIER_LABELS, TIERS } from '@ungcuu/domain/incidents/severity.ts';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  type CauseGroup,
  causeGroupOf,
  type Subtype,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import {
  EMPTY_FILTERS,
  filtersToRecord,
  hasFilters,
  type IncidentFilters,
  SORTS,
} from '../hooks/incident-filters.ts';
import { useSubtypeOptions } from './subtype-select.tsx';

interface Props {
  value: IncidentFilters;
  onChange: (next: IncidentFilters) => void;
  /** Shown beside the search box (saved filters). */
  extra?: ReactNode;
}

const wideScreen = () => typeof window !== 'undefined' && window.matchMedia('(min-width: 48em)').matches;

/**
 * Search box, state/tier/class/unit/date filters, overdue switch and sort order of the incident list.
 * On a phone the filters fold away behind a button so the list stays in view.
 */
export function IncidentFilterBar({ value, onChange, extra }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(wideScreen);
  const { q: _q, sort: _sort, ...active } = filtersToRecord(value);
  const activeCount = Object.keys(active).length;
  const { label } = useLocale();
  const subtypeOptions = useSubtypeOptions();
  const set = <K extends keyof IncidentFilters>(key: K, v: IncidentFilters[K]) =>
    onChange({ ...value, [key]: v });
  // Choosing a cause group narrows the subtypes offered and drops those of other groups.
  const setGroup = (group: CauseGroup | null) =>
    onChange({
      ...value,
      causeGroup: group,
      subtype: group ? value.subtype.filter((s) => causeGroupOf(s) === group) : value.subtype,
    });
  const groupLabel = value.causeGroup ? label(CAUSE_GROUP_LABELS[value.causeGroup]) : null;
  return (
    <>
      <Group align="flex-end" gap="sm" mb="sm" wrap="wrap">
        <TextInput
          label={t('incidents.filters.search')}
          placeholder={t('incidents.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={value.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          style={{ flex: '2 1 16rem' }}
          data-testid="incident-search"
          type="search"
        />
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={
            activeCount > 0 && (
              <Badge size="sm" circle>
                {activeCount}
              </Badge>
            )
          }
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="incident-filters"
        >
          {t('incidents.filters.toggle')}
        </Button>
        {extra}
      </Group>
      <Collapse expanded={open} id="incident-filters">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          <MultiSelect
            label={t('incidents.filters.state')}
            placeholder={value.state.length ? undefined : t('common.all')}
            data={INCIDENT_STATES.map((s) => ({ value: s, label: label(STATE_LABELS[s]) }))}
            value={value.state}
            onChange={(v) => set('state', v as IncidentFilters['state'])}
            clearable
            style={{ flex: '1 1 12rem' }}
          />
          <MultiSelect
            label={t('incidents.filters.tier')}
            placeholder={value.tier.length ? undefined : t('common.all')}
            data={TIERS.map((tier) => ({ value: tier, label: `${tier} · ${label(TIER_LABELS[tier])}` }))}
            value={value.tier}
            onChange={(v) => set('tier', v as IncidentFilters['tier'])}
            clearable
            style={{ flex: '1 1 10rem' }}
          />
          <Select
            label={t('incidents.filters.causeGroup')}
            placeholder={t('common.all')}
            data={CAUSE_GROUPS.map((g) => ({ value: g, label: label(CAUSE_GROUP_LABELS[g]) }))}
            value={value.causeGroup}
            onChange={(v) => setGroup(v as CauseGroup | null)}
            clearable
            style={{ flex: '1 1 12rem' }}
          />
          <MultiSelect
            label={t('incidents.filters.subtype')}
            placeholder={value.subtype.length ? undefined : t('common.all')}
            data={groupLabel ? subtypeOptions.filter((g) => g.group === groupLabel) : subtypeOptions}
            value={value.subtype}
            onChange={(v) => set('subtype', v as Subtype[])}
            searchable
            clearable
            style={{ flex: '2 1 16rem' }}
          />
          <div style={{ flex: '2 1 16rem' }}>
            <UnitSelect
              label={t('incidents.filters.unit')}
              value={value.unitId}
              onChange={(id) => set('unitId', id)}
              clearable
            />
          </div>
          <TextInput
            type="date"
            label={t('incidents.filters.from')}
            value={value.from}
            onChange={(e) => set('from', e.currentTarget.value)}
            style={{ flex: '0 1 10rem' }}
          />
          <TextInput
            type="date"
            label={t('incidents.filters.to')}
            value={value.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            style={{ flex: '0 1 10rem' }}
          />
          <Select
            label={t('incidents.filters.sort')}
            data={SORTS.map((s) => ({ value: s, label: t(`incidents.sorts.${s}`) }))}
            value={value.sort}
            onChange={(v) => v && set('sort', v as IncidentFilters['sort'])}
            allowDeselect={false}
            style={{ flex: '1 1 12rem' }}
          />
          <Switch
            label={t('incidents.filters.overdue')}
            checked={value.overdue}
            onChange={(e) => set('overdue', e.currentTarget.checked)}
            mb={8}
          />
          {hasFilters(value) && (
            <Button variant="subtle" onClick={() => onChange({ ...EMPTY_FILTERS, sort: value.sort })}>
              {t('incidents.filters.clear')}
            </Button>
          )}
        </Group>
      </Collapse>
    </>
  );
}
