import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { ALERT_SOURCE_KIND_LABELS } from '@ungcuu/domain/alerts/alert.ts';
import { WEBHOOK_KINDS, type WebhookKind } from '@ungcuu/domain/alerts/alerts-api.ts';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { SecretReveal } from '../../../components/secret-reveal.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useAlertSources, useCreateSource, useToggleSource } from '../hooks/use-alerts.ts';

/** The security tools that send alerts: one address and one token each (issue 10). */
export function AlertSourcesPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const { actor } = useSession();
  const sources = useAlertSources();
  const toggle = useToggleSource();
  const [creating, setCreating] = useState(false);
  const manage = can(actor, 'alert.manage');
  return (
    <>
      <PageHeader
        title={t('alerts.sources.title')}
        intro={t('alerts.sources.intro')}
        actions={manage && <Button onClick={() => setCreating(true)}>{t('alerts.sources.create')}</Button>}
      />
      <QueryState isPending={sources.isPending} error={sources.error} onRetry={() => void sources.refetch()}>
        <Paper withBorder>
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="alert-sources-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('alerts.sources.name')}</Table.Th>
                  <Table.Th>{t('alerts.sources.kind')}</Table.Th>
                  <Table.Th>{t('alerts.sources.url')}</Table.Th>
                  <Table.Th>{t('alerts.sources.received')}</Table.Th>
                  <Table.Th>{t('alerts.sources.refused')}</Table.Th>
                  <Table.Th>{t('alerts.sources.lastReceived')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.data?.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {s.name}
                      <Text size="xs" c="dimmed">
                        {s.unitName}
                      </Text>
                    </Table.Td>
                    <Table.Td>{label(ALERT_SOURCE_KIND_LABELS[s.kind])}</Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {s.kind === 'syslog' ? '–' : `${window.location.origin}${s.webhookPath}`}
                    </Table.Td>
                    <Table.Td>{s.received}</Table.Td>
                    <Table.Td>{s.refused}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastReceivedAt, locale)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Badge color={s.enabled ? 'green' : 'gray'} variant="light">
                          {s.enabled ? t('alerts.sources.enabled') : t('alerts.sources.disabled')}
                        </Badge>
                        {manage && (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => toggle.mutate({ id: s.id, enabled: !s.enabled })}
                          >
                            {s.enabled ? t('alerts.sources.disable') : t('alerts.sources.enable')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {sources.data?.items.length === 0 && (
            <Text c="dimmed" p="md">
              {t('alerts.sources.empty')}
            </Text>
          )}
        </Paper>
      </QueryState>
      <AppModal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('alerts.sources.create')}
        size="lg"
      >
        <SourceForm onDone={() => setCreating(false)} />
      </AppModal>
    </>
  );
}

function SourceForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const create = useCreateSource();
  const [kind, setKind] = useState<WebhookKind>('wazuh');
  const [name, setName] = useState('');
  const created = create.data;
  if (created)
    return (
      <Stack data-testid="source-created">
        <Text fw={600}>{t('alerts.sources.createdTitle')}</Text>
        <SecretReveal
          label={t('alerts.sources.url')}
          value={`${window.location.origin}${created.source.webhookPath}`}
          testId="source-url"
        />
        <SecretReveal label={t('alerts.sources.secret')} value={created.secret} testId="source-secret" />
        <Text size="sm">{t('alerts.sources.header')}</Text>
        <Text size="sm" c="dimmed">
          {t(`alerts.sources.hint.${kind}`)}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  return (
    <Stack>
      <Select
        label={t('alerts.sources.kind')}
        data={WEBHOOK_KINDS.map((k) => ({ value: k, label: label(ALERT_SOURCE_KIND_LABELS[k]) }))}
        value={kind}
        onChange={(v) => v && setKind(v as WebhookKind)}
        allowDeselect={false}
      />
      <TextInput
        label={t('alerts.sources.name')}
        required
        maxLength={120}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Text size="sm" c="dimmed">
        {t(`alerts.sources.hint.${kind}`)}
      </Text>
      <FormError error={create.error} />
      <Group justify="flex-end">
        <Button
          disabled={name.trim().length < 2}
          loading={create.isPending}
          onClick={() => create.mutate({ kind, name: name.trim() })}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
