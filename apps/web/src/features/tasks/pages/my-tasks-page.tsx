import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import type { MyTask, TaskStatus } from '../../incidents/incident-types.ts';
import { TaskCard } from '../components/task-card.tsx';
import { RespondDialog } from '../components/task-dialogs.tsx';
import { useMyTasks } from '../hooks/use-tasks.ts';

const VIEWS = {
  open: ['open', 'accepted', 'in_progress'],
  done: ['done'],
  declined: ['declined', 'cancelled'],
  all: [],
} as const satisfies Record<string, readonly TaskStatus[]>;
type View = keyof typeof VIEWS;

const PAGE_SIZE = 20;

/** Việc của tôi: tasks given to my unit or to me, across incidents, with what to do next. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('open');
  const [page, setPage] = useState(1);
  const tasks = useMyTasks(VIEWS[view], PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const [dialog, setDialog] = useState<{ task: MyTask; action: 'decline' | 'complete' } | null>(null);
  return (
    <Stack maw={900} gap={0}>
      <PageHeader title={t('tasks.mine.title')} intro={t('tasks.mine.intro')} />
      <SegmentedControl
        value={view}
        onChange={(v) => {
          setView(v as View);
          setPage(1);
        }}
        data={(Object.keys(VIEWS) as View[]).map((v) => ({ value: v, label: t(`tasks.mine.views.${v}`) }))}
        mb="md"
        fullWidth
        data-testid="my-tasks-view"
      />
      <QueryState isPending={tasks.isPending} error={tasks.error} onRetry={() => void tasks.refetch()}>
        <Stack gap="sm" data-testid="my-tasks">
          {tasks.data?.items.length === 0 && (
            <Text c="dimmed" ta="center" py="lg">
              {t(view === 'open' ? 'tasks.mine.emptyOpen' : 'common.noResults')}
            </Text>
          )}
          {tasks.data?.items.map((task) => (
            <TaskCard
              key={task.id}
              task={task}
              instructionsOpen={view === 'open'}
              onDialog={(action) => setDialog({ task, action })}
              context={
                <Anchor component={Link} to={`/incidents/${task.incidentId}`} size="xs">
                  <Text span ff="monospace" fw={700} size="xs">
                    {task.incidentCode}
                  </Text>{' '}
                  {task.incidentTitle}
                </Anchor>
              }
            />
          ))}
        </Stack>
        <TablePager page={page} pageSize={PAGE_SIZE} total={tasks.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <RespondDialog
        task={dialog?.task ?? null}
        action={dialog?.action ?? 'complete'}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
