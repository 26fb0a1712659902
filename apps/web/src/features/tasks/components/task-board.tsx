import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { PHASE_LABELS, PHASES, type Phase } from '@ungcuu/domain/playbooks/playbook.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import type { IncidentDetail, Task } from '../../incidents/incident-types.ts';
import { useIncidentTasks } from '../hooks/use-tasks.ts';
import { TaskCard } from './task-card.tsx';
import { TaskCreateForm } from './task-create-form.tsx';
import { AssignTaskDialog, RespondDialog } from './task-dialogs.tsx';

type PhaseGroup = { phase: Phase | null; tasks: Task[] };

function byPhase(tasks: Task[]): PhaseGroup[] {
  const groups: PhaseGroup[] = PHASES.map((phase) => ({
    phase,
    tasks: tasks.filter((t) => t.phase === phase),
  }));
  groups.push({ phase: null, tasks: tasks.filter((t) => !t.phase || !PHASES.includes(t.phase)) });
  return groups.filter((g) => g.tasks.length > 0);
}

/** Nhiệm vụ: the playbook's steps and added tasks, grouped by response phase P0–P7 (README §6). */
export function TaskBoard({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const tasks = useIncidentTasks(incident.id);
  const canManage = incident.allowedActions.includes('task.create');
  const [assigning, setAssigning] = useState<Task | null>(null);
  const [dialog, setDialog] = useState<{ task: Task; action: 'decline' | 'complete' } | null>(null);
  const [adding, setAdding] = useState(false);
  const list = tasks.data ?? [];
  const done = list.filter((task) => task.status === 'done').length;

  return (
    <Stack gap="md" data-testid="task-board">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {list.length > 0 ? t('tasks.progress', { done, total: list.length }) : ''}
        </Text>
        {canManage && !adding && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t('tasks.new')}
          </Button>
        )}
      </Group>
      {adding && <TaskCreateForm incidentId={incident.id} onDone={() => setAdding(false)} />}
      <QueryState isPending={tasks.isPending} error={tasks.error} onRetry={() => void tasks.refetch()}>
        {list.length === 0 && (
          <Text c="dimmed">
            {incident.classificationConfirmed ? t('tasks.empty') : t('tasks.emptyUnclassified')}
          </Text>
        )}
        {byPhase(list).map((group) => (
          <Stack key={group.phase ?? 'other'} gap="xs" data-testid={`phase-${group.phase ?? 'other'}`}>
            <Group gap="xs">
              <Title order={3} size="h6">
                {group.phase
                  ? `${group.phase} · ${label(PHASE_LABELS[group.phase].label)}`
                  : t('tasks.otherPhase')}
              </Title>
              <Badge size="sm" variant="light" color="gray">
                {group.tasks.filter((task) => task.status === 'done').length}/{group.tasks.length}
              </Badge>
            </Group>
            {group.tasks.map((task) => (
              <TaskCard
                key={task.id}
                task={task}
                onAssign={canManage ? () => setAssigning(task) : undefined}
                onDialog={(action) => setDialog({ task, action })}
              />
            ))}
          </Stack>
        ))}
      </QueryState>
      <AssignTaskDialog task={assigning} onClose={() => setAssigning(null)} />
      <RespondDialog
        task={dialog?.task ?? null}
        action={dialog?.action ?? 'complete'}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
