import { Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { PHASE_LABELS, PHASES, type Phase } from '@ungcuu/domain/playbooks/playbook.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { UserSelect } from '../../incidents/components/people-pickers.tsx';
import { fromLocalInput } from '../../incidents/datetime.ts';
import { useCreateTask } from '../hooks/use-tasks.ts';

/** A task beyond the playbook's steps, for a unit and/or a person, with a due time. */
export function TaskCreateForm({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const create = useCreateTask(incidentId);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [phase, setPhase] = useState<Phase | null>('P4');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [due, setDue] = useState('');
  const submit = () =>
    create.mutate(
      {
        title: title.trim(),
        ...(instructions.trim() ? { instructions: instructions.trim() } : {}),
        ...(phase ? { phase } : {}),
        assigneeUnitId: unitId,
        assigneeUserId: userId,
        dueAt: due ? fromLocalInput(due) : null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('tasks.created'));
          onDone();
        },
      },
    );
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Title order={3} size="h6" mb="xs">
        {t('tasks.new')}
      </Title>
      <Stack gap="sm">
        <TextInput
          label={t('tasks.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={300}
          required
        />
        <Textarea
          label={t('tasks.instructions')}
          value={instructions}
          onChange={(e) => setInstructions(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('tasks.phase')}
            data={PHASES.map((p) => ({ value: p, label: `${p} · ${label(PHASE_LABELS[p].label)}` }))}
            value={phase}
            onChange={(v) => setPhase(v as Phase | null)}
            style={{ flex: '1 1 12rem' }}
          />
          <div style={{ flex: '2 1 16rem' }}>
            <UnitSelect
              label={t('tasks.assigneeUnit')}
              value={unitId}
              onChange={setUnitId}
              clearable
              testId="task-create-unit"
            />
          </div>
          <div style={{ flex: '2 1 16rem' }}>
            <UserSelect
              label={t('tasks.assigneeUser')}
              value={userId}
              onChange={setUserId}
              unitId={unitId}
              testId="task-create-user"
            />
          </div>
          <TextInput
            type="datetime-local"
            label={t('tasks.dueAt')}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            style={{ flex: '0 1 14rem' }}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={title.trim().length < 2} loading={create.isPending}>
            {t('tasks.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
