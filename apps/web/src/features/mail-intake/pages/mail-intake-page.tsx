import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { MailStatus } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import type { MailItem } from '@ungcuu/domain/mail-intake/mail-intake.views.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import {
  useAssignMail,
  useDismissMail,
  useMailIntakeStatus,
  useMailQueue,
} from '../hooks/use-mail-intake.ts';

const PAGE_SIZE = 25;
const TABS: MailStatus[] = ['pending', 'quarantined', 'filed', 'commented', 'dismissed'];

/** "Thư báo cáo": the listener's state, and the mails the focal office still has to sort. */
export function MailIntakePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MailStatus>('pending');
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState<MailItem | null>(null);
  const queue = useMailQueue(status, page, PAGE_SIZE);
  const dismiss = useDismissMail();

  return (
    <>
      <PageHeader title={t('mailIntake.title')} intro={t('mailIntake.intro')} />
      <Stack gap="md">
        <ListenerStatus />
        <Paper withBorder p="md" component="section" aria-labelledby="mail-queue-heading">
          <Stack>
            <Title order={2} size="h4" id="mail-queue-heading">
              {t('mailIntake.queue')}
            </Title>
            <SegmentedControl
              value={status}
              onChange={(v) => {
                setStatus(v as MailStatus);
                setPage(1);
              }}
              data={TABS.map((s) => ({ value: s, label: t(`mailIntake.status.${s}`) }))}
              data-testid="mail-status-tabs"
            />
            <QueryState isPending={queue.isPending} error={queue.error} onRetry={() => void queue.refetch()}>
              {queue.data && queue.data.items.length === 0 ? (
                <Text c="dimmed">{t('mailIntake.empty')}</Text>
              ) : (
                <Table striped data-testid="mail-queue">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('mailIntake.receivedAt')}</Table.Th>
                      <Table.Th>{t('mailIntake.from')}</Table.Th>
                      <Table.Th>{t('mailIntake.subject')}</Table.Th>
                      <Table.Th>{t('mailIntake.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {queue.data?.items.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>{new Date(m.receivedAt).toLocaleString()}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{m.fromName ?? ''}</Text>
                          <Code>{m.fromAddress ?? '—'}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {m.subject || t('mailIntake.noSubject')}
                          </Text>
                          <Text size="xs" c="dimmed" lineClamp={3}>
                            {m.textPreview}
                          </Text>
                          {m.attachmentCount > 0 && (
                            <Badge variant="light" size="sm">
                              {t('mailIntake.attachments', { count: m.attachmentCount })}
                            </Badge>
                          )}
                          {m.reason && (
                            <Badge color="red" variant="light" size="sm">
                              {t(`mailIntake.reason.${m.reason}`)}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            {m.status === 'pending' && (
                              <Button
                                size="compact-sm"
                                onClick={() => setAssigning(m)}
                                data-testid="mail-assign"
                              >
                                {t('mailIntake.assign')}
                              </Button>
                            )}
                            {(m.status === 'pending' || m.status === 'quarantined') && (
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="gray"
                                loading={dismiss.isPending && dismiss.variables === m.id}
                                onClick={() => dismiss.mutate(m.id)}
                              >
                                {t('mailIntake.dismiss')}
                              </Button>
                            )}
                            {m.incidentId && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                component={Link}
                                to={`/incidents/${m.incidentId}`}
                              >
                                {t('mailIntake.openIncident')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <TablePager
                page={page}
                pageSize={PAGE_SIZE}
                total={queue.data?.total ?? 0}
                onChange={setPage}
              />
            </QueryState>
          </Stack>
        </Paper>
      </Stack>
      <AssignDialog mail={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}

function ListenerStatus() {
  const { t } = useTranslation();
  const status = useMailIntakeStatus();
  const s = status.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mail-listener-heading">
      <QueryState isPending={status.isPending} error={status.error} onRetry={() => void status.refetch()}>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h4" id="mail-listener-heading">
              {t('mailIntake.listener')}
            </Title>
            <Badge color={s?.enabled ? 'teal' : 'gray'} variant="light" data-testid="mail-listener-state">
              {s?.enabled ? t('mailIntake.on') : t('mailIntake.off')}
            </Badge>
          </Group>
          {s?.enabled ? (
            <Text size="sm">
              {t('mailIntake.listening', { address: s.address, port: s.port })}
              {' · '}
              {s.starttls ? t('mailIntake.starttls') : t('mailIntake.noStarttls')}
              {' · '}
              {t('mailIntake.limits', {
                mb: Math.round(s.maxBytes / 1024 / 1024),
                rcpt: s.maxRecipients,
                hour: s.perSenderPerHour,
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('mailIntake.offHint')}
            </Text>
          )}
          {s?.enabled && !s.acknowledgements && (
            <Text size="sm" c="orange">
              {t('mailIntake.noAcknowledgements')}
            </Text>
          )}
        </Stack>
      </QueryState>
    </Paper>
  );
}

function AssignDialog({ mail, onClose }: { mail: MailItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignMail();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [remember, setRemember] = useState(true);
  const close = () => {
    setUnitId(null);
    assign.reset();
    onClose();
  };
  return (
    <AppModal opened={mail !== null} onClose={close} title={t('mailIntake.assignTitle')}>
      <Stack>
        <Text size="sm">
          {t('mailIntake.assignHint', { from: mail?.fromAddress ?? '', subject: mail?.subject ?? '' })}
        </Text>
        <UnitSelect
          label={t('mailIntake.unit')}
          value={unitId}
          onChange={setUnitId}
          required
          testId="mail-assign-unit"
        />
        <Checkbox
          label={t('mailIntake.rememberSender', { from: mail?.fromAddress ?? '' })}
          checked={remember}
          onChange={(e) => setRemember(e.currentTarget.checked)}
        />
        <FormError error={assign.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!unitId}
            loading={assign.isPending}
            data-testid="mail-assign-confirm"
            onClick={() =>
              mail &&
              unitId &&
              assign.mutate(
                { id: mail.id, unitId, rememberSender: remember },
                {
                  onSuccess: (filed) => {
                    notifySuccess(t('mailIntake.assigned', { code: filed.code }));
                    close();
                  },
                },
              )
            }
          >
            {t('mailIntake.assignConfirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
