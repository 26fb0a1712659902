import { Badge, Button, Checkbox, Group, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../api/types.ts';
import { type Column, DataTable } from '../../../components/data-table/data-table.tsx';
import { FilterBar, RecordModal, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { UnitName } from '../../../components/unit-select.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { TeamMemberForm } from '../components/team-member-form.tsx';
import { useTeamList } from '../hooks/use-team.ts';

export function TeamPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const table = useTableState({ onCallOnly: false });
  const editing = useDialogTarget<TeamMember>();
  const list = useTeamList({
    q: table.q,
    onCall: table.filters.onCallOnly ? true : undefined,
    ...table.paging,
  });

  const columns: Column<TeamMember>[] = [
    {
      key: 'fullName',
      header: t('team.cols.fullName'),
      render: (m) => (
        <>
          <Text size="sm" fw={500}>
            {m.fullName}
          </Text>
          {m.teamRole && (
            <Text size="xs" c="dimmed">
              {m.teamRole}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'unit',
      header: t('team.cols.unit'),
      visibleFrom: 'sm',
      render: (m) => (
        <Text size="sm">
          <UnitName id={m.unitId} />
        </Text>
      ),
    },
    {
      key: 'skills',
      header: t('team.cols.skills'),
      visibleFrom: 'md',
      render: (m) => (
        <Group gap={4}>
          {m.skills.map((s) => (
            <Badge key={s} variant="outline" color="gray" size="sm">
              {s}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'contact',
      header: t('team.cols.contact'),
      render: (m) => (
        <>
          <Text size="sm">{m.phone ?? ''}</Text>
          <Text size="xs" c="dimmed">
            {m.email ?? ''}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('team.cols.status'),
      render: (m) => (
        <Group gap={4}>
          {m.onCall && (
            <Badge color="red" variant="filled" size="sm">
              {t('team.onCall')}
            </Badge>
          )}
          {!m.active && (
            <Badge color="gray" size="sm">
              {t('team.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('team.title')}
        intro={t('team.intro')}
        actions={
          can(actor, 'team.manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => editing.open('new')}>
              {t('team.create')}
            </Button>
          )
        }
      />
      <FilterBar>
        <SearchFilter
          label={t('team.search')}
          placeholder={t('team.searchPlaceholder')}
          value={table.search}
          onChange={table.setSearch}
        />
        <Checkbox
          label={t('team.onCallOnly')}
          checked={table.filters.onCallOnly}
          onChange={(e) => table.setFilter('onCallOnly', e.currentTarget.checked)}
          mb={8}
        />
      </FilterBar>
      <DataTable
        query={list}
        columns={columns}
        rowKey={(m) => m.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={760}
        rowActions={(m) =>
          m.allowedActions.includes('team.manage') && (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => editing.open(m)}
              aria-label={`${t('common.edit')}: ${m.fullName}`}
            >
              {t('common.edit')}
            </Button>
          )
        }
      />
      <RecordModal dialog={editing} createTitle={t('team.create')} editTitle={t('team.edit')}>
        {(member) => <TeamMemberForm member={member} onDone={() => editing.close()} />}
      </RecordModal>
    </>
  );
}
