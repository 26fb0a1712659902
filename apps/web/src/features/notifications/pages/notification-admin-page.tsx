import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  EndpointInput,
  OutboxView,
  SmtpInput,
} from '@ungcuu/domain/notifications/notification-settings.schemas.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { EMPTY, EndpointForm, EndpointLog, toInput } from '../components/endpoint-form.tsx';
import {
  useAdminMutations,
  useEndpoints,
  useEscalation,
  useSmtp,
} from '../hooks/use-notification-settings.ts';

function TestResult({ result }: { result: OutboxView | undefined }) {
  const { t } = useTranslation();
  if (!result) return null;
  const ok = result.status === 'sent';
  return (
    <Alert
      color={ok ? 'green' : result.status === 'failed' ? 'red' : 'gray'}
      variant="light"
      data-testid="test-result"
    >
      {t('notifyAdmin.testResult', { status: t(`delivery.${result.status}`), error: result.lastError ?? '' })}
    </Alert>
  );
}

function SmtpForm() {
  const { t } = useTranslation();
  const smtp = useSmtp();
  const { saveSmtp, sendTest } = useAdminMutations();
  const [form, setForm] = useState<SmtpInput>({ host: '', port: 587, tls: 'starttls', user: null, from: '' });
  const [password, setPassword] = useState('');
  const [testTo, setTestTo] = useState('');
  useEffect(() => {
    if (smtp.data) {
      const { host, port, tls, user, from } = smtp.data;
      setForm({ host, port, tls, user, from });
    }
  }, [smtp.data]);
  const submit = () =>
    saveSmtp.mutate(
      { ...form, ...(password ? { password } : {}) },
      {
        onSuccess: () => {
          setPassword('');
          notifySuccess(t('common.saved'));
        },
      },
    );
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('notifyAdmin.smtp')}
      </Title>
      <QueryState isPending={smtp.isPending} error={smtp.error} onRetry={() => void smtp.refetch()}>
        <Stack>
          <Group grow>
            <TextInput
              label={t('notifyAdmin.host')}
              value={form.host}
              onChange={(e) => setForm({ ...form, host: e.currentTarget.value })}
            />
            <NumberInput
              label={t('notifyAdmin.port')}
              min={1}
              max={65535}
              value={form.port}
              onChange={(v) => setForm({ ...form, port: Number(v) || 0 })}
            />
            <Select
              label={t('notifyAdmin.tls')}
              allowDeselect={false}
              value={form.tls}
              onChange={(v) => setForm({ ...form, tls: (v ?? 'starttls') as SmtpInput['tls'] })}
              data={[
                { value: 'none', label: t('notifyAdmin.tlsNone') },
                { value: 'starttls', label: t('notifyAdmin.tlsStarttls') },
                { value: 'tls', label: t('notifyAdmin.tlsTls') },
              ]}
            />
          </Group>
          <Group grow>
            <TextInput
              label={t('notifyAdmin.user')}
              value={form.user ?? ''}
              onChange={(e) => setForm({ ...form, user: e.currentTarget.value || null })}
            />
            <PasswordInput
              label={t('notifyAdmin.password')}
              placeholder={smtp.data?.passwordSet ? t('notifyAdmin.passwordKept') : ''}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
            />
            <TextInput
              label={t('notifyAdmin.from')}
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
            />
          </Group>
          <Group justify="space-between" align="flex-end">
            <Group align="flex-end">
              <TextInput
                label={t('notifyAdmin.testEmailTo')}
                value={testTo}
                onChange={(e) => setTestTo(e.currentTarget.value)}
                w={320}
              />
              <Button
                variant="default"
                loading={sendTest.isPending}
                onClick={() => sendTest.mutate(testTo ? { email: testTo } : {})}
                disabled={!smtp.data?.configured}
              >
                {t('notifyAdmin.sendTest')}
              </Button>
            </Group>
            <Button onClick={submit} loading={saveSmtp.isPending}>
              {t('common.save')}
            </Button>
          </Group>
          <TestResult result={sendTest.variables?.endpointId ? undefined : sendTest.data} />
        </Stack>
      </QueryState>
    </Paper>
  );
}

function EscalationForm() {
  const { t } = useTranslation();
  const escalation = useEscalation();
  const { saveEscalation } = useAdminMutations();
  const [minutes, setMinutes] = useState(30);
  useEffect(() => {
    if (escalation.data) setMinutes(escalation.data.minutes);
  }, [escalation.data]);
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {t('notifyAdmin.escalation')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifyAdmin.escalationHint')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('notifyAdmin.minutes')}
          min={5}
          max={1440}
          value={minutes}
          onChange={(v) => setMinutes(Number(v) || 30)}
          w={160}
        />
        <Button
          onClick={() =>
            saveEscalation.mutate(minutes, { onSuccess: () => notifySuccess(t('common.saved')) })
          }
          loading={saveEscalation.isPending}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Paper>
  );
}

function Endpoints() {
  const { t } = useTranslation();
  const endpoints = useEndpoints();
  const { removeEndpoint, sendTest } = useAdminMutations();
  const [confirm, confirmElement] = useConfirm();
  const [editing, setEditing] = useState<{ id: string | null; initial: EndpointInput } | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const [testOf, setTestOf] = useState<string | null>(null);
  return (
    <Paper withBorder p="md">
      {confirmElement}
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('notifyAdmin.endpoints')}
        </Title>
        {!editing && (
          <Button onClick={() => setEditing({ id: null, initial: EMPTY })}>
            {t('notifyAdmin.addEndpoint')}
          </Button>
        )}
      </Group>
      {editing && (
        <EndpointForm
          key={editing.id ?? 'new'}
          id={editing.id}
          initial={editing.initial}
          onDone={() => setEditing(null)}
        />
      )}
      <QueryState
        isPending={endpoints.isPending}
        error={endpoints.error}
        onRetry={() => void endpoints.refetch()}
      >
        {endpoints.data?.items.length === 0 && <Text c="dimmed">{t('notifyAdmin.noEndpoints')}</Text>}
        <Stack gap="xs" mt="sm">
          {endpoints.data?.items.map((e) => (
            <Paper key={e.id} withBorder p="sm">
              <Group justify="space-between">
                <Group gap="xs">
                  <Text fw={600}>{e.name}</Text>
                  <Badge variant="light">{e.kind}</Badge>
                  {!e.enabled && <Badge color="gray">—</Badge>}
                  <Text size="sm" c="dimmed">
                    {e.url}
                  </Text>
                </Group>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    loading={sendTest.isPending && testOf === e.id}
                    onClick={() => {
                      setTestOf(e.id);
                      sendTest.mutate({ endpointId: e.id });
                    }}
                  >
                    {t('notifyAdmin.sendTest')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setLogOf(logOf === e.id ? null : e.id)}>
                    {t('notifyAdmin.log')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing({ id: e.id, initial: toInput(e) })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={async () => {
                      if (
                        await confirm(
                          t('notifyAdmin.removeConfirm', { name: e.name }),
                          t('notifyAdmin.remove'),
                        )
                      )
                        removeEndpoint.mutate(e.id);
                    }}
                  >
                    {t('notifyAdmin.remove')}
                  </Button>
                </Group>
              </Group>
              {testOf === e.id && <TestResult result={sendTest.data} />}
              {logOf === e.id && <EndpointLog id={e.id} />}
            </Paper>
          ))}
        </Stack>
      </QueryState>
    </Paper>
  );
}

/** The administrator's page: SMTP, escalation time, webhook and chat endpoints, each with a test. */
export function NotificationAdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifyAdmin.title')} intro={t('notifyAdmin.intro')} />
      <Stack maw={1000}>
        <SmtpForm />
        <EscalationForm />
        <Endpoints />
      </Stack>
    </>
  );
}
