import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import type { RequestDetail } from '@ungcuu/domain/requests/request-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatDay } from '../../../lib/format.ts';
import { AnswerForm } from '../components/answer-form.tsx';
import { useAnswerRequest, useCloseRequest, useReopenAnswer, useRequest } from '../hooks/use-requests.ts';

const COLORS = { answered: 'green', open: 'blue', overdue: 'red' } as const;

function shown(value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

/** The focal office's view: compliance per unit, totals, reopen, close, XLSX. */
function FocalView({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const reopen = useReopenAnswer(request.id);
  const close = useCloseRequest(request.id);
  const [reopening, setReopening] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="md">
      {request.totals.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('requests.detail.totals')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="request-totals">
            {request.totals.map((x) => (
              <div key={x.key} data-testid={`total-${x.key}`}>
                <Text size="xs" c="dimmed">
                  {x.label}
                </Text>
                <Text size="xl" fw={700}>
                  {x.total.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void downloadFile(`/api/requests/${request.id}/answers.xlsx`, 'yeu-cau.xlsx')}
          data-testid="request-download"
        >
          {t('requests.detail.download')}
        </Button>
        {request.state === 'open' && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconLock size={16} aria-hidden />}
            loading={close.isPending}
            onClick={async () => {
              if (await confirm(t('requests.detail.closeConfirm'), t('requests.detail.close')))
                close.mutate();
            }}
          >
            {t('requests.detail.close')}
          </Button>
        )}
      </Group>
      <FormError error={close.error} />
      {confirmDialog}
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('requests.detail.compliance')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="request-compliance">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.detail.unit')}</Table.Th>
                <Table.Th>{t('requests.cols.status')}</Table.Th>
                {request.fields.map((f) => (
                  <Table.Th key={f.key}>{f.label}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.answers.map((a) => (
                <Table.Tr key={a.unitId} data-testid={`compliance-${a.unitId}`}>
                  <Table.Td>
                    <Text size="sm">{a.unitName}</Text>
                    {a.submittedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(a.submittedAt, locale)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} c={COLORS[a.compliance]} style={{ whiteSpace: 'nowrap' }}>
                      {t(`requests.compliance.${a.compliance}`)}
                    </Text>
                  </Table.Td>
                  {request.fields.map((f) => (
                    <Table.Td key={f.key}>
                      <Text size="sm">
                        {shown(a.answers[f.key], t('requests.answer.yes'), t('requests.answer.no'))}
                      </Text>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {a.status === 'submitted' && request.state === 'open' && (
                      <Button size="compact-sm" variant="subtle" onClick={() => setReopening(a.unitId)}>
                        {t('requests.detail.reopen')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <AppModal
        opened={reopening !== null}
        onClose={() => setReopening(null)}
        title={t('requests.detail.reopen')}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!reopening) return;
            reopen.mutate(
              { unitId: reopening, reason: reason.trim() },
              {
                onSuccess: () => {
                  notifySuccess(t('requests.detail.reopenDone'));
                  setReopening(null);
                  setReason('');
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('requests.detail.reopenReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              minLength={3}
              maxLength={1000}
            />
            <FormError error={reopen.error} />
            <Button type="submit" loading={reopen.isPending}>
              {t('requests.detail.reopen')}
            </Button>
          </Stack>
        </form>
      </AppModal>
    </Stack>
  );
}

/** A unit's view: its own answer only, as a form while it may still change. */
function UnitView({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const answer = useAnswerRequest(request.id);
  const mine = request.answers[0];
  if (!mine) return null;
  return (
    <Paper withBorder p="md" maw={640}>
      <Title order={3} size="h5" mb="xs">
        {t('requests.answer.heading')}
      </Title>
      {mine.reopenReason && mine.status !== 'submitted' && (
        <Alert color="orange" mb="sm">
          {t('requests.answer.reopened', { reason: mine.reopenReason })}
        </Alert>
      )}
      {mine.status === 'submitted' || !request.canAnswer ? (
        <Stack gap={4} data-testid="answer-readonly">
          {mine.submittedAt && (
            <Text size="sm">
              {t('requests.answer.done', { at: formatDateTime(mine.submittedAt, locale) })}
            </Text>
          )}
          {request.fields.map((f) => (
            <Text key={f.key} size="sm">
              <b>{f.label}:</b>{' '}
              {shown(mine.answers[f.key], t('requests.answer.yes'), t('requests.answer.no'))}
            </Text>
          ))}
        </Stack>
      ) : (
        <>
          <AnswerForm
            key={`${mine.version}`}
            fields={request.fields}
            initial={mine.answers}
            busy={answer.isPending}
            onSave={(answers, submit) =>
              answer.mutate(
                { answers, submit },
                {
                  onSuccess: () =>
                    notifySuccess(t(submit ? 'requests.answer.submitted' : 'requests.answer.saved')),
                },
              )
            }
          />
          <FormError error={answer.error} />
        </>
      )}
    </Paper>
  );
}

export function RequestPage() {
  const { id = '' } = useParams();
  return <RequestView id={id} />;
}

/** One request: the focal office's compliance view or the unit's answer. */
export function RequestView({ id }: { id: string }) {
  const { t } = useTranslation();
  const request = useRequest(id);
  const r = request.data;
  return (
    <QueryState isPending={request.isPending} error={request.error} onRetry={() => void request.refetch()}>
      {r && (
        <>
          <PageHeader
            title={r.title}
            intro={`${t('requests.cols.deadline')}: ${formatDay(r.deadline)} · ${t(`requests.state.${r.state}`)} · ${t('requests.progress', { answered: r.answered, targeted: r.targeted })}`}
          />
          {r.instructions && (
            <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
              {r.instructions}
            </Text>
          )}
          {r.canManage ? <FocalView request={r} /> : <UnitView request={r} />}
        </>
      )}
    </QueryState>
  );
}
