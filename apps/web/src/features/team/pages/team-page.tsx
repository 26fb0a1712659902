import { Badge, Button, Checkbox, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../api/types.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitName } from '../../../components/unit-select.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { TeamMemberForm } from '../components/team-member-form.tsx';
import { useTeamList } from '../hooks/use-team.ts';

const PAGE_SIZE = 20;

export function TeamPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [onCallOnly, setOnCallOnly] = useState(false);
  const [page, setPage] = useState(1);
  const editing = useDialogTarget<TeamMember>();
  const list = useTeamList({
    q,
    onCall: onCallOnly ? true : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
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
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('team.search')}
          placeholder={t('team.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 16rem' }}
        />
        <Checkbox
          label={t('team.onCallOnly')}
          checked={onCallOnly}
          onChange={(e) => {
            setOnCallOnly(e.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 760}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.cols.fullName')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('team.cols.unit')}</Table.Th>
                <Table.Th visibleFrom="md">{t('team.cols.skills')}</Table.Th>
                <Table.Th>{t('team.cols.contact')}</Table.Th>
                <Table.Th>{t('team.cols.status')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {m.fullName}
                    </Text>
                    {m.teamRole && (
                      <Text size="xs" c="dimmed">
                        {m.teamRole}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">
                      <UnitName id={m.unitId} />
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Group gap={4}>
                      {m.skills.map((s) => (
                        <Badge key={s} variant="outline" color="gray" size="sm">
                          {s}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.phone ?? ''}</Text>
                    <Text size="xs" c="dimmed">
                      {m.email ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>
                    {m.allowedActions.includes('team.manage') && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => editing.open(m)}
                        aria-label={`${t('common.edit')}: ${m.fullName}`}
                      >
                        {t('common.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
      <AppModal
        opened={editing.opened}
        onClose={() => editing.close()}
        title={editing.last === 'new' ? t('team.create') : t('team.edit')}
        size="lg"
        fullScreen={phone}
      >
        {editing.opened && (
          <TeamMemberForm
            member={editing.last === 'new' ? undefined : editing.last}
            onDone={() => editing.close()}
          />
        )}
      </AppModal>
    </>
  );
}
