import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, notifySuccess } from '../../../api/client.ts';
import type { Page, Unit } from '../../../api/types.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useEscalate, useEscalations } from '../hooks/use-incident-work.ts';
import type { EscalationChannel, IncidentDetail } from '../incident-types.ts';

const CHANNELS: readonly EscalationChannel[] = ['email', 'letter', 'phone', 'portal', 'other'];
const SHARES = ['description', 'timeline', 'evidence', 'observables'] as const;
type Share = Record<(typeof SHARES)[number], boolean>;

function EscalateForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const escalate = useEscalate(incident.id);
  const external = useQuery({
    queryKey: ['units', 'external'],
    queryFn: ({ signal }) =>
      apiGet<Page<Unit>>('/api/units', { type: 'external', limit: 100, offset: 0 }, signal),
  });
  const [toUnitId, setToUnitId] = useState<string | null>(null);
  const [channel, setChannel] = useState<EscalationChannel>('email');
  const [summary, setSummary] = useState('');
  const [share, setShare] = useState<Share>({
    description: true,
    timeline: true,
    evidence: false,
    observables: true,
  });
  const ready = toUnitId !== null && summary.trim().length >= 5;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Title order={3} size="h6" mb="xs">
        {t('incidents.escalations.new')}
      </Title>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('incidents.escalations.to')}
            data={(external.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
            value={toUnitId}
            onChange={setToUnitId}
            searchable
            style={{ flex: '3 1 18rem' }}
            data-testid="escalate-to"
          />
          <Select
            label={t('incidents.escalations.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`incidents.escalations.channels.${c}`) }))}
            value={channel}
            onChange={(v) => v && setChannel(v as EscalationChannel)}
            allowDeselect={false}
            style={{ flex: '1 1 10rem' }}
          />
        </Group>
        <Textarea
          label={t('incidents.escalations.summary')}
          description={t('incidents.escalations.summaryHint')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
        />
        <Checkbox.Group
          label={t('incidents.escalations.share')}
          description={t('incidents.escalations.shareHint')}
          value={SHARES.filter((k) => share[k])}
          onChange={(v) => setShare(Object.fromEntries(SHARES.map((k) => [k, v.includes(k)])) as Share)}
        >
          <Group gap="md" mt={4}>
            {SHARES.map((key) => (
              <Checkbox key={key} value={key} label={t(`incidents.escalations.shares.${key}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button
            color="orange"
            disabled={!ready}
            loading={escalate.isPending}
            onClick={() =>
              toUnitId &&
              escalate.mutate(
                {
                  toUnitId,
                  channel,
                  summary: summary.trim(),
                  share,
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('incidents.escalations.done'));
                    setSummary('');
                  },
                },
              )
            }
          >
            {t('incidents.escalations.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Chuyển cấp trên: what was sent to external bodies (PA05, A05…), by which channel, sharing what. */
export function EscalationsTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const list = useEscalations(incident.id);
  return (
    <Stack gap="md">
      {incident.allowedActions.includes('incident.escalate') && <EscalateForm incident={incident} />}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {(list.data ?? []).length === 0 ? (
          <Text c="dimmed">{t('incidents.escalations.empty')}</Text>
        ) : (
          <Stack gap="xs" data-testid="escalations">
            {(list.data ?? []).map((e) => (
              <Paper key={e.id} withBorder p="sm">
                <Group justify="space-between" gap="xs" mb={4}>
                  <Text size="sm" fw={600}>
                    {e.toUnitName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.sentAt, locale)} · {t(`incidents.escalations.channels.${e.channel}`)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.summary}
                </Text>
                <Group gap={4} mt={6}>
                  <Text size="xs" c="dimmed">
                    {t('incidents.escalations.shared')}
                  </Text>
                  {SHARES.filter((k) => e.shared[k]).map((k) => (
                    <Badge key={k} size="xs" variant="light" style={{ textTransform: 'none' }}>
                      {t(`incidents.escalations.shares.${k}`)}
                    </Badge>
                  ))}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
