import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { MONITOR_KIND_LABELS, MONITOR_KINDS, type MonitorKind } from '@ungcuu/domain/monitoring/monitor.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, isDuplicate } from '../../../components/form-error.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useCreateMonitor } from '../hooks/use-monitors.ts';

/** An ad-hoc monitor (those of the inventory are made by "create from the inventory"). */
export function MonitorForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const create = useCreateMonitor();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<MonitorKind>('http');
  const [target, setTarget] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [keyword, setKeyword] = useState('');
  const [interval, setIntervalSeconds] = useState<number | string>('');
  const submit = () =>
    create.mutate(
      {
        name,
        kind,
        target,
        ...(unitId ? { unitId } : {}),
        ...(interval ? { intervalSeconds: Number(interval) } : {}),
        ...(kind === 'keyword' && keyword ? { config: { keyword } } : {}),
      },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      <TextInput
        label={t('monitoring.form.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <Select
        label={t('monitoring.form.kind')}
        data={MONITOR_KINDS.map((k) => ({ value: k, label: label(MONITOR_KIND_LABELS[k]) }))}
        value={kind}
        onChange={(v) => v && setKind(v as MonitorKind)}
        allowDeselect={false}
      />
      <TextInput
        label={t('monitoring.form.target')}
        description={t(`monitoring.form.targetHint.${kind}`)}
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
        required
      />
      {kind === 'keyword' && (
        <TextInput
          label={t('monitoring.form.keyword')}
          value={keyword}
          onChange={(e) => setKeyword(e.currentTarget.value)}
        />
      )}
      <UnitSelect label={t('monitoring.form.unit')} value={unitId} onChange={setUnitId} />
      <NumberInput
        label={t('monitoring.form.interval')}
        min={20}
        max={86400}
        value={interval}
        onChange={setIntervalSeconds}
      />
      <FormError
        error={create.error}
        {...(isDuplicate(create.error) ? { duplicateMessage: t('monitoring.form.duplicate') } : {})}
      />
      <Group justify="flex-end">
        <Button onClick={submit} loading={create.isPending} disabled={name.length < 2 || target.length < 3}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
