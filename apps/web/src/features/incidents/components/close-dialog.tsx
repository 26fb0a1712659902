import { Alert, Button, Group, List, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TransitionInput } from '@ungcuu/domain/incidents/schemas.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useOpenItems, useTransition } from '../hooks/use-incidents.ts';
import type { AvailableTransition, IncidentDetail } from '../incident-types.ts';

/**
 * Closing lists what is still open on the incident (unfinished tasks, legal reports not sent) and
 * asks how to settle it: the tasks are cancelled and the reports recorded as not sent, with one
 * reason that goes into the timeline and the audit trail. Only the items shown are settled; the
 * server refuses the close if another appeared meanwhile, and the list is read again.
 */
export function CloseDialog({
  incident,
  transition,
  onClose,
}: {
  incident: IncidentDetail;
  transition: AvailableTransition | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const opened = transition !== null;
  const items = useOpenItems(incident.id, opened);
  const move = useTransition(incident.id);
  const [reason, setReason] = useState('');
  const tasks = items.data?.tasks ?? [];
  const deadlines = items.data?.deadlines ?? [];
  const anyOpen = tasks.length > 0 || deadlines.length > 0;
  const ready = items.isSuccess && !items.isFetching && (!anyOpen || reason.trim().length >= 3);
  const submit = () => {
    if (!transition || !items.data) return;
    const body: TransitionInput = { to: transition.to };
    if (anyOpen)
      body.resolution = {
        reason: reason.trim(),
        cancelTaskIds: tasks.map((x) => x.id),
        waiveDeadlineCodes: deadlines.map((d) => d.code),
      };
    move.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('incidents.lifecycle.done', { label: label(transition.label) }));
        setReason('');
        onClose();
      },
      // Something was added since the list was read: read it again so the person sees it.
      onError: () => void items.refetch(),
    });
  };
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={transition ? label(transition.label) : ''}
      centered
      size="lg"
    >
      <Stack data-testid="close-dialog">
        <Text size="sm">{t('incidents.lifecycle.closeConfirm')}</Text>
        {items.isPending ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('incidents.lifecycle.openLoading')}</Text>
          </Group>
        ) : !anyOpen ? (
          <Alert color="teal">{t('incidents.lifecycle.nothingOpen')}</Alert>
        ) : (
          <>
            {tasks.length > 0 && (
              <Stack gap={4} data-testid="close-open-tasks">
                <Title order={3} size="h6">
                  {t('incidents.lifecycle.openTasks', { count: tasks.length })}
                </Title>
                <List size="sm" spacing={2}>
                  {tasks.map((x) => (
                    <List.Item key={x.id}>
                      {label(x.title)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({t(`tasks.status.${x.status}` as never)}
                        {x.dueAt ? ` · ${t('tasks.due', { at: formatDateTime(x.dueAt, locale) })}` : ''})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            {deadlines.length > 0 && (
              <Stack gap={4} data-testid="close-open-deadlines">
                <Title order={3} size="h6">
                  {t('incidents.lifecycle.openDeadlines', { count: deadlines.length })}
                </Title>
                <List size="sm" spacing={2}>
                  {deadlines.map((d) => (
                    <List.Item key={d.code}>
                      {label(d.label)}{' '}
                      <Text
                        span
                        size="xs"
                        c={d.status === 'overdue' || d.status === 'due_now' ? 'red.8' : 'dimmed'}
                      >
                        ({t(`incidents.deadlines.status.${d.status}`)})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <Textarea
              label={t('incidents.lifecycle.resolutionReason')}
              description={t('incidents.lifecycle.resolutionHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              required
              data-autofocus
              data-testid="close-reason"
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={anyOpen ? 'orange' : 'green'}
            onClick={submit}
            disabled={!ready}
            loading={move.isPending}
            data-testid="close-submit"
          >
            {anyOpen
              ? t('incidents.lifecycle.closeWithResolution')
              : transition
                ? label(transition.label)
                : ''}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
