import { Button, Group, Select, TextInput } from '@mantine/core';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@ungcuu/domain/audit/audit-actions.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { type AuditFilters, EMPTY_FILTERS } from '../hooks/use-audit.ts';

/** Labelled choices sorted by what the reader sees. */
function options(
  labels: Readonly<Record<string, { vi: string; en: string }>>,
  pick: (l: { vi: string; en: string }) => string,
) {
  return Object.entries(labels)
    .map(([value, l]) => ({ value, label: pick(l) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function AuditFilterBar({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: label changes with the locale only
  const entityTypes = useMemo(() => options(AUDIT_ENTITY_LABELS, label), [locale]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: label changes with the locale only
  const actions = useMemo(() => options(AUDIT_ACTION_LABELS, label), [locale]);
  const set = <K extends keyof AuditFilters>(key: K, v: AuditFilters[K]) => onChange({ ...value, [key]: v });
  const dirty = JSON.stringify(value) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <Select
        label={t('audit.filters.entityType')}
        placeholder={t('common.all')}
        data={entityTypes}
        searchable
        value={value.entityType}
        onChange={(v) => set('entityType', v)}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('common.all')}
        data={actions}
        value={value.action || null}
        onChange={(v) => set('action', v ?? '')}
        searchable
        clearable
        style={{ flex: '1 1 14rem' }}
      />
      <TextInput
        label={t('audit.filters.entityId')}
        value={value.entityId}
        onChange={(e) => set('entityId', e.currentTarget.value)}
        style={{ flex: '1 1 14rem' }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={value.from}
        onChange={(e) => set('from', e.currentTarget.value)}
        style={{ flex: '0 1 10rem' }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={value.to}
        onChange={(e) => set('to', e.currentTarget.value)}
        style={{ flex: '0 1 10rem' }}
      />
      {dirty && (
        <Button variant="subtle" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
