import { Badge, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import { useMarkDone } from '../hooks/use-inspections.ts';
import type { RemediationTaskView } from '../inspection-types.ts';
import { SeverityBadge } from './badges.tsx';

function DoneDialog({ task, onClose }: { task: RemediationTaskView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const done = useMarkDone();
  const [note, setNote] = useState('');
  const submit = () => {
    if (!task || !note.trim()) return;
    done.mutate(
      { id: task.id, note: note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('inspections.remediation.doneSaved'));
          setNote('');
          onClose();
        },
      },
    );
  };
  return (
    <AppModal
      opened={task !== null}
      onClose={onClose}
      title={t('inspections.remediation.markDone')}
      size="lg"
    >
      {task && (
        <Stack>
          <Text size="sm" fw={500}>
            {label(task.title)}
          </Text>
          <Textarea
            label={t('inspections.remediation.note')}
            description={t('inspections.remediation.noteHint')}
            required
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button onClick={submit} disabled={!note.trim()} loading={done.isPending}>
              {t('inspections.remediation.confirmDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

/** Remediation tasks (one per finding answered "no" or "partial"), with "done" and its note. */
export function RemediationTable({
  tasks,
  withUnit = true,
}: {
  tasks: RemediationTaskView[];
  withUnit?: boolean;
}) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const phone = useMediaQuery('(max-width: 48em)');
  const [closing, setClosing] = useState<RemediationTaskView | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={phone ? 0 : 720}>
        <Table striped verticalSpacing="xs" data-testid="remediation-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inspections.remediation.task')}</Table.Th>
              {withUnit && !phone && <Table.Th>{t('inspections.fields.unit')}</Table.Th>}
              {!phone && <Table.Th>{t('inspections.remediation.due')}</Table.Th>}
              <Table.Th>{t('inspections.remediation.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={task.id} data-testid={`remediation-${task.itemKey}`}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <SeverityBadge severity={task.priority} />
                    <Text size="sm" fw={500}>
                      {label(task.title)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
                    {label(task.description)}
                  </Text>
                  {phone && (
                    <Text size="xs" mt={4} c={task.overdue ? 'red' : undefined}>
                      {withUnit ? `${task.unitName} · ` : ''}
                      {t('inspections.remediation.dueOn', { date: formatDay(task.dueDate) })}
                      {task.overdue ? ` · ${t('inspections.remediation.overdue')}` : ''}
                    </Text>
                  )}
                </Table.Td>
                {withUnit && !phone && (
                  <Table.Td>
                    <Text size="sm">{task.unitName}</Text>
                  </Table.Td>
                )}
                {!phone && (
                  <Table.Td>
                    <Text size="sm" c={task.overdue ? 'red' : undefined} fw={task.overdue ? 600 : undefined}>
                      {formatDay(task.dueDate)}
                    </Text>
                    {task.overdue && (
                      <Badge color="red" size="xs">
                        {t('inspections.remediation.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {task.status === 'done' ? (
                    <Stack gap={2}>
                      <Badge color="teal" variant="light" size="sm">
                        {t('inspections.remediation.done')}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(task.doneAt, locale)}
                      </Text>
                      {task.doneNote && <Text size="xs">{task.doneNote}</Text>}
                    </Stack>
                  ) : task.allowedActions.includes('remediation.update') ? (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      onClick={() => setClosing(task)}
                    >
                      {t('inspections.remediation.markDone')}
                    </Button>
                  ) : (
                    <Badge color="orange" variant="light" size="sm">
                      {t('inspections.remediation.open')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <DoneDialog task={closing} onClose={() => setClosing(null)} />
    </>
  );
}
