import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { MaintenanceView } from '@ungcuu/domain/alerts/alerts-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import {
  useDeleteMaintenance,
  useMaintenance,
  usePatchMaintenance,
  useSaveMaintenance,
} from '../hooks/use-alerts.ts';
import { AlertSettingList, instant, localInput } from './alert-setting-list.tsx';

/** Maintenance windows: a system's alerts during planned work open no incident. */
export function MaintenanceWindows({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [past, setPast] = useState(false);
  const windows = useMaintenance(past);
  const remove = useDeleteMaintenance();
  const now = Date.now();
  const state = (w: { startsAt: string; endsAt: string }) =>
    Date.parse(w.endsAt) <= now ? 'ended' : Date.parse(w.startsAt) <= now ? 'active' : 'planned';
  return (
    <AlertSettingList<MaintenanceView>
      title={t('alerts.maintenance.title')}
      createLabel={t('alerts.maintenance.create')}
      editLabel={t('alerts.maintenance.edit')}
      manage={manage}
      query={windows}
      testId="maintenance-table"
      emptyText={t('alerts.maintenance.empty')}
      form={(record, onDone) => <MaintenanceForm record={record} onDone={onDone} />}
      rowKey={(w) => w.id}
      removeQuestion={(w) => t('alerts.maintenance.removeQuestion', { system: w.systemName })}
      onRemove={(w) => remove.mutate(w.id)}
      controls={
        <Checkbox
          label={t('alerts.maintenance.showPast')}
          checked={past}
          onChange={(e) => setPast(e.currentTarget.checked)}
        />
      }
      cells={(w) => (
        <>
          <Table.Td>
            {w.systemName}
            <Text size="xs" c="dimmed">
              {w.unitName}
            </Text>
          </Table.Td>
          <Table.Td>
            {formatDateTime(w.startsAt, locale)} – {formatDateTime(w.endsAt, locale)}
          </Table.Td>
          <Table.Td>{w.reason}</Table.Td>
          <Table.Td>
            <Badge
              variant="light"
              color={state(w) === 'active' ? 'orange' : state(w) === 'planned' ? 'blue' : 'gray'}
            >
              {t(`alerts.maintenance.${state(w)}`)}
            </Badge>
          </Table.Td>
        </>
      )}
    />
  );
}

/** Creates a window, or edits `record` (its system stays: a window of another system is a new one). */
function MaintenanceForm({ record, onDone }: { record: MaintenanceView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useSaveMaintenance();
  const patch = usePatchMaintenance();
  const save = record ? patch : create;
  const [v, setV] = useState({
    systemId: record?.systemId ?? null,
    startsAt: localInput(record?.startsAt ?? null),
    endsAt: localInput(record?.endsAt ?? null),
    reason: record?.reason ?? '',
  });
  const startsAt = instant(v.startsAt);
  const endsAt = instant(v.endsAt);
  const ready = v.systemId && startsAt && endsAt && endsAt > startsAt && v.reason.trim().length >= 3;
  const submit = () => {
    if (!v.systemId || !startsAt || !endsAt) return;
    const reason = v.reason.trim();
    if (record) patch.mutate({ id: record.id, patch: { startsAt, endsAt, reason } }, { onSuccess: onDone });
    else create.mutate({ systemId: v.systemId, startsAt, endsAt, reason }, { onSuccess: onDone });
  };
  return (
    <Stack>
      {record ? (
        <TextInput label={t('alerts.maintenance.system')} value={record.systemName} readOnly />
      ) : (
        <SystemSelect
          label={t('alerts.maintenance.system')}
          required
          value={v.systemId}
          onChange={(systemId) => setV({ ...v, systemId })}
        />
      )}
      <TextInput
        type="datetime-local"
        required
        label={t('alerts.maintenance.startsAt')}
        value={v.startsAt}
        onChange={(e) => setV({ ...v, startsAt: e.currentTarget.value })}
      />
      <TextInput
        type="datetime-local"
        required
        label={t('alerts.maintenance.endsAt')}
        value={v.endsAt}
        onChange={(e) => setV({ ...v, endsAt: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.maintenance.reason')}
        required
        maxLength={500}
        value={v.reason}
        onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
      />
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button disabled={!ready} loading={save.isPending} onClick={submit}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
