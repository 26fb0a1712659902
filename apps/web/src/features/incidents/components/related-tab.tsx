import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { translateDynamic, useLocale } from '../../../i18n/i18n.ts';
import { useIncidentTasks } from '../../tasks/hooks/use-tasks.ts';
import { useAddLink, useLinks } from '../hooks/use-incident-work.ts';
import { useMerge, useSplit } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { StateBadge } from './badges.tsx';
import { IncidentPicker } from './incident-picker.tsx';

function AddLink({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const add = useAddLink(incident.id);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [kind, setKind] = useState<'related' | 'duplicate'>('related');
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <div style={{ flex: '3 1 18rem' }}>
        <IncidentPicker
          label={t('incidents.related.other')}
          excludeId={incident.id}
          value={otherId}
          onChange={setOtherId}
        />
      </div>
      <Select
        label={t('incidents.related.kind')}
        data={(['related', 'duplicate'] as const).map((k) => ({
          value: k,
          label: t(`incidents.related.kinds.${k}`),
        }))}
        value={kind}
        onChange={(v) => v && setKind(v as 'related' | 'duplicate')}
        allowDeselect={false}
        style={{ flex: '1 1 10rem' }}
      />
      <Button
        disabled={!otherId}
        loading={add.isPending}
        onClick={() =>
          otherId &&
          add.mutate(
            { otherId, kind },
            {
              onSuccess: () => {
                notifySuccess(t('incidents.related.linked'));
                setOtherId(null);
              },
            },
          )
        }
      >
        {t('incidents.related.link')}
      </Button>
    </Group>
  );
}

function MergeForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const merge = useMerge(incident.id);
  const [confirm, confirmElement] = useConfirm();
  const [intoId, setIntoId] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('incidents.lifecycle.mergeHint')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 18rem' }}>
          <IncidentPicker
            label={t('incidents.lifecycle.mergeInto')}
            excludeId={incident.id}
            value={intoId}
            onChange={setIntoId}
          />
        </div>
        <Button
          color="orange"
          disabled={!intoId}
          loading={merge.isPending}
          onClick={async () => {
            if (
              !intoId ||
              !(await confirm(
                t('incidents.related.mergeConfirm', { code: incident.code }),
                t('incidents.related.merge'),
              ))
            )
              return;
            merge.mutate(intoId, { onSuccess: () => notifySuccess(t('incidents.related.merged')) });
          }}
        >
          {t('incidents.related.merge')}
        </Button>
      </Group>
      {confirmElement}
    </Stack>
  );
}

function SplitForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const navigate = useNavigate();
  const split = useSplit(incident.id);
  const tasks = useIncidentTasks(incident.id);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [taskIds, setTaskIds] = useState<string[]>([]);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('incidents.related.splitHint')}
      </Text>
      <TextInput
        label={t('report.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={300}
      />
      <Textarea
        label={t('report.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <MultiSelect
        label={t('incidents.related.moveTasks')}
        data={(tasks.data ?? []).map((task) => ({ value: task.id, label: label(task.title) }))}
        value={taskIds}
        onChange={setTaskIds}
        searchable
        clearable
      />
      <Group justify="flex-end">
        <Button
          variant="light"
          disabled={title.trim().length < 3}
          loading={split.isPending}
          onClick={() =>
            split.mutate(
              {
                title: title.trim(),
                ...(description.trim() ? { description: description.trim() } : {}),
                taskIds,
              },
              {
                onSuccess: (created) => {
                  notifySuccess(t('incidents.related.splitDone', { code: created.code }));
                  void navigate(`/incidents/${created.id}`);
                },
              },
            )
          }
        >
          {t('incidents.related.split')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Liên quan: links to other incidents, merging several reports of one incident, splitting one off. */
export function RelatedTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const links = useLinks(incident.id);
  const canLink = incident.allowedActions.includes('incident.update');
  const canMerge =
    incident.allowedActions.includes('incident.merge') &&
    ['new', 'triaged', 'responding', 'contained'].includes(incident.state);
  return (
    <Stack gap="md">
      <QueryState isPending={links.isPending} error={links.error} onRetry={() => void links.refetch()}>
        {(links.data ?? []).length === 0 ? (
          <Text c="dimmed">{t('incidents.related.empty')}</Text>
        ) : (
          <Stack gap={6} data-testid="links">
            {(links.data ?? []).map((l) => (
              <Group key={`${l.kind}-${l.id}`} gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/incidents/${l.id}`} ff="monospace" fw={700} size="sm">
                  {l.code}
                </Anchor>
                <Text size="sm">{l.title}</Text>
                <StateBadge state={l.state} />
                <Text size="xs" c="dimmed">
                  {translateDynamic(`incidents.related.kinds.${l.kind}`, l.kind)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
      {incident.mergedIntoId && (
        <Text size="sm">
          {t('incidents.related.mergedInto')}{' '}
          <Anchor component={Link} to={`/incidents/${incident.mergedIntoId}`}>
            {t('incidents.related.open')}
          </Anchor>
        </Text>
      )}
      {incident.duplicateOfId && (
        <Text size="sm">
          {t('incidents.related.duplicateOf')}{' '}
          <Anchor component={Link} to={`/incidents/${incident.duplicateOfId}`}>
            {t('incidents.related.open')}
          </Anchor>
        </Text>
      )}
      {canLink && (
        <Paper withBorder p="sm" bg="gray.0">
          <Title order={3} size="h6" mb="xs">
            {t('incidents.related.linkTitle')}
          </Title>
          <AddLink incident={incident} />
        </Paper>
      )}
      {canMerge && (
        <Paper withBorder p="sm" bg="gray.0">
          <Title order={3} size="h6" mb="xs">
            {t('incidents.related.mergeTitle')}
          </Title>
          <MergeForm incident={incident} />
        </Paper>
      )}
      {incident.allowedActions.includes('incident.merge') && (
        <Paper withBorder p="sm" bg="gray.0">
          <Title order={3} size="h6" mb="xs">
            {t('incidents.related.splitTitle')}
          </Title>
          <SplitForm incident={incident} />
        </Paper>
      )}
    </Stack>
  );
}
