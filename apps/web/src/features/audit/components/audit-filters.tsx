import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, EMPTY_FILTERS } from '../hooks/use-audit.ts';

const ENTITY_TYPES = ['unit', 'user', 'team_member', 'api_token', 'setting'] as const;

export function AuditFilterBar({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof AuditFilters>(key: K, v: AuditFilters[K]) => onChange({ ...value, [key]: v });
  const dirty = JSON.stringify(value) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <Select
        label={t('audit.filters.entityType')}
        placeholder={t('common.all')}
        data={ENTITY_TYPES.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
        value={value.entityType}
        onChange={(v) => set('entityType', v)}
        clearable
        style={{ flex: '1 1 12rem' }}
      />
      <TextInput
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.actionPlaceholder')}
        value={value.action}
        onChange={(e) => set('action', e.currentTarget.value)}
        style={{ flex: '1 1 12rem' }}
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
