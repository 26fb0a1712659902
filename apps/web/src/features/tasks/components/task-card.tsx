import { Anchor, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconUserShare } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { UnitName } from '../../../components/unit-select.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { OverdueBadge, TaskStatusBadge } from '../../incidents/components/badges.tsx';
import { useUserById } from '../../incidents/components/people-pickers.tsx';
import type { Task, TaskAction } from '../../incidents/incident-types.ts';
import { useRespondTask } from '../hooks/use-tasks.ts';

const BUTTON: Record<TaskAction, { color?: string; variant: 'filled' | 'light' | 'default' | 'subtle' }> = {
  accept: { color: 'teal', variant: 'light' },
  start: { color: 'blue', variant: 'light' },
  complete: { color: 'green', variant: 'filled' },
  decline: { color: 'red', variant: 'subtle' },
  reopen: { variant: 'default' },
  cancel: { color: 'gray', variant: 'subtle' },
};

const ORDER: readonly TaskAction[] = ['accept', 'start', 'complete', 'decline', 'reopen', 'cancel'];

interface Props {
  task: Task;
  /** The focal office may give the task to another unit and change its due time. */
  onAssign?: () => void;
  onDialog: (action: 'decline' | 'complete') => void;
  /** Above the title (the incident it belongs to, on "my tasks"). */
  context?: ReactNode;
  instructionsOpen?: boolean;
}

/** One task: what to do, for whom, by when, and the answers the server allows this person. */
export function TaskCard({ task, onAssign, onDialog, context, instructionsOpen = false }: Props) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const respond = useRespondTask();
  const [open, setOpen] = useState(instructionsOpen);
  const act = (action: TaskAction) => {
    if (action === 'decline' || action === 'complete') return onDialog(action);
    respond.mutate({ id: task.id, action }, { onSuccess: () => notifySuccess(t(`tasks.done.${action}`)) });
  };
  const finished = task.status === 'done' || task.status === 'cancelled';
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="task"
      data-step={task.stepKey ?? ''}
      data-status={task.status}
      opacity={finished ? 0.85 : 1}
    >
      <Stack gap={6}>
        {context}
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text
            fw={600}
            size="sm"
            data-testid="task-title"
            td={task.status === 'cancelled' ? 'line-through' : undefined}
          >
            {label(task.title)}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {task.overdue && <OverdueBadge />}
            <TaskStatusBadge status={task.status} />
          </Group>
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('tasks.assigneeUnit')}:{' '}
            <Text span size="xs" c="dark" data-testid="task-assignee">
              {task.assigneeUnitId ? <UnitName id={task.assigneeUnitId} /> : t('tasks.unassigned')}
            </Text>
          </Text>
          {task.assigneeUserId && (
            <Text size="xs" c="dimmed">
              {t('tasks.assigneeUser')}: <AssigneeName id={task.assigneeUserId} />
            </Text>
          )}
          {task.dueAt && (
            <Text size="xs" c={task.overdue ? 'red.7' : 'dimmed'}>
              {t('tasks.due', { at: formatDateTime(task.dueAt, locale) })}
            </Text>
          )}
          {task.completedAt && (
            <Text size="xs" c="dimmed">
              {t('tasks.completedAt', { at: formatDateTime(task.completedAt, locale) })}
            </Text>
          )}
        </Group>
        {task.declineReason && task.status === 'declined' && (
          <Text size="xs" c="red.8">
            {t('tasks.declinedBecause', { reason: task.declineReason })}
          </Text>
        )}
        {task.resultNote && (
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span size="xs" fw={600}>
              {t('tasks.resultNote')}:{' '}
            </Text>
            {task.resultNote}
          </Text>
        )}
        {(task.instructions || task.evidenceHint) && (
          <>
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
            >
              {open ? <IconChevronDown size={12} aria-hidden /> : <IconChevronRight size={12} aria-hidden />}
              {t('tasks.instructions')}
            </Anchor>
            <Collapse expanded={open}>
              <Stack gap={4} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
                {task.instructions && <Text size="sm">{label(task.instructions)}</Text>}
                {task.evidenceHint && (
                  <Text size="xs" c="dimmed">
                    {t('tasks.evidenceHint', { hint: label(task.evidenceHint) })}
                  </Text>
                )}
              </Stack>
            </Collapse>
          </>
        )}
        {(task.actions.length > 0 || onAssign) && (
          <Group gap={6} wrap="wrap">
            {ORDER.filter((a) => task.actions.includes(a)).map((a) => (
              <Button
                key={a}
                size="compact-sm"
                color={BUTTON[a].color}
                variant={BUTTON[a].variant}
                onClick={() => act(a)}
                loading={respond.isPending && respond.variables?.action === a}
                data-testid={`task-${a}`}
              >
                {t(`tasks.actions.${a}`)}
              </Button>
            ))}
            {onAssign && !finished && (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconUserShare size={14} aria-hidden />}
                onClick={onAssign}
                data-testid="task-assign"
              >
                {t('tasks.assign')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The person a task is given to, by name (falls back to nothing while loading or when hidden). */
function AssigneeName({ id }: { id: string }) {
  const user = useUserById(id);
  return (
    <Text span size="xs" c="dark">
      {user.data ? user.data.fullName : ''}
    </Text>
  );
}
