import { Anchor, Select, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  type CauseGroup,
  SUBTYPE_LABELS,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { FilterBar, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { LessonDetail, LessonSource } from '../components/lesson-detail.tsx';
import { type LessonFilters, useLesson, useLessons } from '../hooks/use-lessons.ts';
import type { LessonView } from '../lessons-types.ts';

const EXCERPT = 220;

function LessonOpen({ id }: { id: string }) {
  const lesson = useLesson(id);
  return (
    <QueryState isPending={lesson.isPending} error={lesson.error} onRetry={() => void lesson.refetch()}>
      {lesson.data && <LessonDetail lesson={lesson.data} />}
    </QueryState>
  );
}

/** Bài học kinh nghiệm (seed I.2): lessons of closed incidents, shared with every unit. */
export function LessonsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const phone = useMediaQuery('(max-width: 48em)');
  const table = useTableState<LessonFilters>({ causeGroup: null });
  const list = useLessons(table.q, table.filters, table.paging.limit, table.paging.offset);
  const [open, setOpen] = useState<string | null>(null);
  const columns: Column<LessonView>[] = [
    {
      key: 'lesson',
      header: t('lessons.fields.lessons'),
      render: (l) => (
        <>
          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setOpen(l.id)}>
            {l.lessons.length > EXCERPT ? `${l.lessons.slice(0, EXCERPT)}…` : l.lessons}
          </Anchor>
          <LessonSource lesson={l} />
        </>
      ),
    },
    {
      key: 'cause',
      header: t('lessons.fields.causeGroup'),
      visibleFrom: 'sm',
      render: (l) => (
        <Text size="sm">
          {l.subtype
            ? label(SUBTYPE_LABELS[l.subtype])
            : l.causeGroup
              ? label(CAUSE_GROUP_LABELS[l.causeGroup])
              : '—'}
        </Text>
      ),
    },
    {
      key: 'followups',
      header: t('lessons.followups.title'),
      visibleFrom: 'md',
      render: (l) => (
        <Text size="sm">
          {t('lessons.followups.count', {
            done: l.followups.filter((f) => f.status === 'done').length,
            total: l.followups.length,
          })}
        </Text>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('lessons.title')} intro={t('lessons.intro')} />
      <FilterBar>
        <SearchFilter
          label={t('lessons.search')}
          placeholder={t('lessons.searchHint')}
          value={table.search}
          onChange={table.setSearch}
        />
        <Select
          label={t('lessons.fields.causeGroup')}
          placeholder={t('common.all')}
          data={CAUSE_GROUPS.map((g) => ({ value: g, label: label(CAUSE_GROUP_LABELS[g]) }))}
          value={table.filters.causeGroup}
          onChange={(v) => table.setFilter('causeGroup', v as CauseGroup | null)}
          clearable
          style={{ flex: '1 1 12rem' }}
        />
      </FilterBar>
      <DataTable
        query={list}
        columns={columns}
        rowKey={(l) => l.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={760}
        emptyText={t('lessons.empty')}
        testId="lessons-table"
      />
      <AppModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={t('lessons.one')}
        size="xl"
        fullScreen={phone}
      >
        {open && <LessonOpen id={open} />}
      </AppModal>
    </>
  );
}
