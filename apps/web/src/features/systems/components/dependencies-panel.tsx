import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useAddDependency, useAtRisk, useDependencies, useRemoveDependency } from '../hooks/use-systems.ts';
import type { SystemView } from '../system-types.ts';
import { DependencyGraph } from './dependency-graph.tsx';
import { CriticalBadge, LevelBadge } from './system-badges.tsx';
import { SystemSelect } from './system-select.tsx';

function AddDependency({ system, existing }: { system: SystemView; existing: string[] }) {
  const { t } = useTranslation();
  const add = useAddDependency(system.id);
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const submit = () => {
    if (!target) return;
    add.mutate(
      { dependsOnId: target, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('systems.deps.added'));
          setTarget(null);
          setNote('');
        },
      },
    );
  };
  return (
    <Group align="flex-end" gap="sm">
      <div style={{ flex: '2 1 18rem' }}>
        <SystemSelect
          label={t('systems.deps.addLabel')}
          value={target}
          onChange={(id) => setTarget(id)}
          excludeIds={[system.id, ...existing]}
          testId="dependency-select"
        />
      </div>
      <TextInput
        label={t('systems.deps.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        style={{ flex: '1 1 12rem' }}
      />
      <Button onClick={submit} disabled={!target} loading={add.isPending}>
        {t('systems.deps.add')}
      </Button>
    </Group>
  );
}

/** What the system relies on and what relies on it, as a list and a graph, and what fails with it (C5). */
export function DependenciesPanel({ system }: { system: SystemView }) {
  const { t } = useTranslation();
  const deps = useDependencies(system.id);
  const atRisk = useAtRisk(system.id);
  const remove = useRemoveDependency(system.id);
  const [confirm, confirmElement] = useConfirm();
  const mayEdit = system.allowedActions.includes('system.update');
  const onRemove = async (id: string, name: string) => {
    if (!(await confirm(t('systems.deps.removeConfirm', { name }), t('systems.deps.remove')))) return;
    remove.mutate(id, { onSuccess: () => notifySuccess(t('systems.deps.removed')) });
  };
  return (
    <Stack>
      <QueryState isPending={deps.isPending} error={deps.error} onRetry={() => void deps.refetch()}>
        {deps.data && (
          <Paper withBorder p="md">
            <Stack>
              {/* On a phone the graph keeps a legible size and scrolls sideways; the lists below say the same. */}
              <Box style={{ overflowX: 'auto' }}>
                <Box miw={600}>
                  <DependencyGraph self={system} view={deps.data} />
                </Box>
              </Box>
              <Text size="xs" c="dimmed">
                {t('systems.deps.legend')}
              </Text>
              <Title order={3} size="h5">
                {t('systems.deps.dependsOn')}
              </Title>
              {deps.data.dependsOn.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('systems.deps.noneDependsOn')}
                </Text>
              )}
              <Stack gap={6} data-testid="depends-on-list">
                {deps.data.dependsOn.map((d) => (
                  <Group key={d.system.id} justify="space-between" wrap="nowrap">
                    <div>
                      <Anchor component={Link} to={`/systems/${d.system.id}?tab=dependencies`} size="sm">
                        {d.system.name}
                      </Anchor>
                      {d.note && (
                        <Text size="xs" c="dimmed">
                          {d.note}
                        </Text>
                      )}
                    </div>
                    {mayEdit && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('systems.deps.removeNamed', { name: d.system.name })}
                        onClick={() => void onRemove(d.system.id, d.system.name)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
              </Stack>
              {mayEdit && (
                <AddDependency system={system} existing={deps.data.dependsOn.map((d) => d.system.id)} />
              )}
            </Stack>
          </Paper>
        )}
      </QueryState>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('systems.deps.atRiskTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('systems.deps.atRiskIntro')}
        </Text>
        <QueryState isPending={atRisk.isPending} error={atRisk.error} onRetry={() => void atRisk.refetch()}>
          {atRisk.data && atRisk.data.items.length === 0 && atRisk.data.hiddenCount === 0 && (
            <Text size="sm">{t('systems.deps.atRiskNone')}</Text>
          )}
          {atRisk.data && atRisk.data.items.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="sm">
              {t('systems.deps.atRiskCount', { count: atRisk.data.items.length + atRisk.data.hiddenCount })}
            </Alert>
          )}
          <List spacing={4} data-testid="at-risk-list">
            {atRisk.data?.items.map((s) => (
              <List.Item key={s.id}>
                <Group gap={6}>
                  <Anchor component={Link} to={`/systems/${s.id}?tab=dependencies`} size="sm">
                    {s.name}
                  </Anchor>
                  <LevelBadge level={s.securityLevel} size="xs" />
                  {s.nationalCritical && <CriticalBadge />}
                </Group>
              </List.Item>
            ))}
          </List>
          {atRisk.data && atRisk.data.hiddenCount > 0 && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('systems.deps.hidden', { count: atRisk.data.hiddenCount })}
            </Text>
          )}
        </QueryState>
      </Paper>
      {confirmElement}
    </Stack>
  );
}
