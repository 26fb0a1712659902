import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { TaskPatch } from '@ungcuu/domain/incidents/schemas.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { UserSelect } from '../../incidents/components/people-pickers.tsx';
import { fromLocalInput, toLocalInput } from '../../incidents/datetime.ts';
import type { Task } from '../../incidents/incident-types.ts';
import { usePatchTask, useRespondTask } from '../hooks/use-tasks.ts';

type RespondAction = 'decline' | 'complete';

// The forms live in their own components, keyed by task, so that their fields start fresh for each
// task and are not reset when the task refreshes underneath (another person's change).

function RespondForm({ task, action, onClose }: { task: Task; action: RespondAction; onClose: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const respond = useRespondTask();
  const [text, setText] = useState('');
  const decline = action === 'decline';
  const ready = decline ? text.trim().length > 0 : true;
  const submit = () =>
    respond.mutate(
      {
        id: task.id,
        action,
        ...(decline ? { reason: text.trim() } : text.trim() ? { note: text.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t(`tasks.done.${action}`));
          onClose();
        },
      },
    );
  return (
    <Stack>
      <Text fw={600}>{label(task.title)}</Text>
      <Textarea
        label={t(decline ? 'tasks.declineReason' : 'tasks.resultNote')}
        description={decline ? undefined : t('tasks.resultNoteHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={decline ? 2000 : 5000}
        required={decline}
        data-autofocus
        data-testid="task-respond-text"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={decline ? 'red' : 'green'}
          disabled={!ready}
          loading={respond.isPending}
          data-testid="task-respond-submit"
          onClick={submit}
        >
          {t(`tasks.actions.${action}`)}
        </Button>
      </Group>
    </Stack>
  );
}

/** Decline (a reason is required) or complete (an optional note on the result). */
export function RespondDialog({
  task,
  action,
  onClose,
}: {
  task: Task | null;
  action: RespondAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={task !== null} onClose={onClose} title={t(`tasks.actions.${action}`)} centered>
      {task && <RespondForm key={`${task.id}-${action}`} task={task} action={action} onClose={onClose} />}
    </AppModal>
  );
}

function AssignForm({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const patch = usePatchTask();
  const [unitId, setUnitId] = useState<string | null>(task.assigneeUnitId);
  const [userId, setUserId] = useState<string | null>(task.assigneeUserId);
  const [due, setDue] = useState(() => toLocalInput(task.dueAt));
  const [title, setTitle] = useState(() => label(task.title));
  const save = () => {
    const body: TaskPatch = {};
    if (unitId !== task.assigneeUnitId) body.assigneeUnitId = unitId;
    if (userId !== task.assigneeUserId) body.assigneeUserId = userId;
    if (due !== toLocalInput(task.dueAt)) body.dueAt = due ? fromLocalInput(due) : null;
    if (title.trim().length >= 2 && title.trim() !== label(task.title)) body.title = title.trim();
    if (Object.keys(body).length === 0) return onClose();
    patch.mutate(
      { id: task.id, patch: body },
      {
        onSuccess: () => {
          notifySuccess(t('tasks.assigned'));
          onClose();
        },
      },
    );
  };
  return (
    <Stack>
      <TextInput
        label={t('tasks.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={300}
      />
      <UnitSelect
        label={t('tasks.assigneeUnit')}
        value={unitId}
        onChange={setUnitId}
        clearable
        testId="task-assign-unit"
      />
      <UserSelect
        label={t('tasks.assigneeUser')}
        value={userId}
        onChange={setUserId}
        unitId={unitId}
        testId="task-assign-user"
      />
      <TextInput
        type="datetime-local"
        label={t('tasks.dueAt')}
        value={due}
        onChange={(e) => setDue(e.currentTarget.value)}
      />
      <Text size="xs" c="dimmed">
        {t('tasks.reassignHint')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={save} loading={patch.isPending} data-testid="task-assign-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The focal office gives a task to a unit, sets its due time or renames it. */
export function AssignTaskDialog({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={task !== null} onClose={onClose} title={t('tasks.assignTitle')} centered size="lg">
      {task && <AssignForm key={task.id} task={task} onClose={onClose} />}
    </AppModal>
  );
}
