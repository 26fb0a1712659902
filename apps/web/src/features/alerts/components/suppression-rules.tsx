import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { SuppressionView } from '@ungcuu/domain/alerts/alerts-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import {
  useAlertSources,
  useDeleteSuppression,
  usePatchSuppression,
  useSaveSuppression,
  useSuppressions,
} from '../hooks/use-alerts.ts';
import { AlertSettingList, instant, localInput } from './alert-setting-list.tsx';

/** Suppression rules: alerts known to be harmless are kept and counted but open nothing. */
export function SuppressionRules({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rules = useSuppressions();
  const remove = useDeleteSuppression();
  return (
    <AlertSettingList<SuppressionView>
      title={t('alerts.suppressions.rules')}
      createLabel={t('alerts.suppressions.create')}
      editLabel={t('alerts.suppressions.edit')}
      manage={manage}
      query={rules}
      testId="suppressions-table"
      emptyText={t('alerts.suppressions.empty')}
      form={(record, onDone) => <SuppressionForm record={record} onDone={onDone} />}
      rowKey={(r) => r.id}
      removeQuestion={(r) => t('alerts.suppressions.removeQuestion', { reason: r.reason })}
      onRemove={(r) => remove.mutate(r.id)}
      head={
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('alerts.suppressions.source')}</Table.Th>
            <Table.Th>{t('alerts.suppressions.ruleId')}</Table.Th>
            <Table.Th>{t('alerts.suppressions.host')}</Table.Th>
            <Table.Th>{t('alerts.suppressions.reason')}</Table.Th>
            <Table.Th>{t('alerts.suppressions.expiresAt')}</Table.Th>
            <Table.Th>{t('alerts.suppressions.hits')}</Table.Th>
            {manage && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
      }
      cells={(r) => (
        <>
          <Table.Td>{r.sourceName ?? '–'}</Table.Td>
          <Table.Td ff="monospace">{r.ruleId ?? '–'}</Table.Td>
          <Table.Td ff="monospace">{r.host ?? '–'}</Table.Td>
          <Table.Td>{r.reason}</Table.Td>
          <Table.Td>
            {r.expiresAt ? formatDateTime(r.expiresAt, locale) : t('alerts.suppressions.never')}{' '}
            <Badge color={r.active ? 'green' : 'gray'} variant="light">
              {r.active ? t('alerts.suppressions.active') : t('alerts.suppressions.expired')}
            </Badge>
          </Table.Td>
          <Table.Td>{r.hits}</Table.Td>
        </>
      )}
    />
  );
}

/** Creates a rule, or edits `record` (its expiry is how a rule is extended or ended early). */
function SuppressionForm({ record, onDone }: { record: SuppressionView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const sources = useAlertSources();
  const create = useSaveSuppression();
  const patch = usePatchSuppression();
  const save = record ? patch : create;
  const [v, setV] = useState({
    sourceId: record?.sourceId ?? null,
    ruleId: record?.ruleId ?? '',
    host: record?.host ?? '',
    reason: record?.reason ?? '',
    expiresAt: localInput(record?.expiresAt ?? null),
  });
  const someCondition = !!(v.sourceId || v.ruleId.trim() || v.host.trim());
  const submit = () => {
    const input = {
      sourceId: v.sourceId,
      ruleId: v.ruleId.trim() || null,
      host: v.host.trim() || null,
      reason: v.reason.trim(),
      expiresAt: instant(v.expiresAt),
    };
    if (record) patch.mutate({ id: record.id, patch: input }, { onSuccess: onDone });
    else create.mutate(input, { onSuccess: onDone });
  };
  return (
    <Stack>
      <Select
        label={t('alerts.suppressions.source')}
        clearable
        data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={v.sourceId}
        onChange={(sourceId) => setV({ ...v, sourceId })}
      />
      <TextInput
        label={t('alerts.suppressions.ruleId')}
        maxLength={255}
        value={v.ruleId}
        onChange={(e) => setV({ ...v, ruleId: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.suppressions.host')}
        maxLength={255}
        value={v.host}
        onChange={(e) => setV({ ...v, host: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.suppressions.reason')}
        required
        maxLength={500}
        value={v.reason}
        onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
      />
      <TextInput
        type="datetime-local"
        label={t('alerts.suppressions.expiresAt')}
        value={v.expiresAt}
        onChange={(e) => setV({ ...v, expiresAt: e.currentTarget.value })}
      />
      {!someCondition && (
        <Text size="sm" c="dimmed">
          {t('alerts.suppressions.needOne')}
        </Text>
      )}
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button
          onClick={submit}
          loading={save.isPending}
          disabled={!someCondition || v.reason.trim().length < 3}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
