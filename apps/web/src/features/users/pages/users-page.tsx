import { Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { ROLE_LABELS, ROLES, type Role } from '@ungcuu/domain/org/roles.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { UnitName, UnitSelect } from '../../../components/unit-select.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { OneTimePasswordModal } from '../components/one-time-password-modal.tsx';
import { UserForm } from '../components/user-form.tsx';
import { UserRowActions } from '../components/user-row-actions.tsx';
import { useResetPassword, useResetTotp, useUpdateUser, useUserList } from '../hooks/use-users.ts';

const PAGE_SIZE = 20;

function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  return (
    <Group gap={4}>
      {user.disabled ? (
        <Badge color="gray" size="sm">
          {t('users.status.disabled')}
        </Badge>
      ) : (
        <Badge color="teal" variant="light" size="sm">
          {t('users.status.active')}
        </Badge>
      )}
      {locked && (
        <Badge color="orange" variant="light" size="sm">
          {t('users.status.locked')}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="yellow" variant="light" size="sm">
          {t('users.status.mustChange')}
        </Badge>
      )}
      {user.totpEnabled && (
        <Badge color="navy" variant="light" size="sm">
          {t('users.status.totp')}
        </Badge>
      )}
    </Group>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const { actor } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const editing = useDialogTarget<User>();
  const [credentials, setCredentials] = useState<{ username: string; password: string } | null>(null);
  const [confirm, confirmElement] = useConfirm();
  const list = useUserList({ q, unitId, role, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const update = useUpdateUser();
  const resetPassword = useResetPassword();
  const resetTotp = useResetTotp();

  const toggleDisabled = async (user: User) => {
    if (
      !user.disabled &&
      !(await confirm(t('users.confirmDisable', { name: user.fullName }), t('users.disable')))
    ) {
      return;
    }
    update.mutate(
      { id: user.id, patch: { disabled: !user.disabled } },
      { onSuccess: () => notifySuccess(user.disabled ? t('users.enabledDone') : t('users.disabledDone')) },
    );
  };
  const onResetPassword = async (user: User) => {
    const message = t('users.confirmResetPassword', { name: user.fullName });
    if (!(await confirm(message, t('users.resetPassword'), 'orange'))) return;
    resetPassword.mutate(user.id, {
      onSuccess: (r) => setCredentials({ username: user.username, password: r.oneTimePassword }),
    });
  };
  const onResetTotp = async (user: User) => {
    if (
      !(await confirm(t('users.confirmResetTotp', { name: user.fullName }), t('users.resetTotp'), 'orange'))
    )
      return;
    resetTotp.mutate(user.id, { onSuccess: () => notifySuccess(t('users.resetTotpDone')) });
  };
  const resetPage = () => setPage(1);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          can(actor, 'user.create') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => editing.open('new')}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            resetPage();
          }}
          style={{ flex: '1 1 16rem' }}
        />
        <div style={{ flex: '1 1 16rem' }}>
          <UnitSelect
            label={t('users.unitFilter')}
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              resetPage();
            }}
            clearable
          />
        </div>
        <Select
          label={t('users.roleFilter')}
          placeholder={t('common.all')}
          data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
          value={role}
          onChange={(v) => {
            setRole(v as Role | null);
            resetPage();
          }}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 820}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.cols.fullName')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('users.cols.unit')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('users.cols.roles')}</Table.Th>
                <Table.Th>{t('users.cols.status')}</Table.Th>
                <Table.Th visibleFrom="md">{t('users.cols.lastLogin')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {user.fullName}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {user.username}
                    </Text>
                    {phone && (
                      <Text size="xs" c="dimmed">
                        <UnitName id={user.unitId} />
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">
                      <UnitName id={user.unitId} />
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{user.roles.map((r) => label(ROLE_LABELS[r])).join('; ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <UserStatus user={user} />
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                      {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.status.never')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <UserRowActions
                      user={user}
                      onEdit={() => editing.open(user)}
                      onToggleDisabled={() => void toggleDisabled(user)}
                      onResetPassword={() => void onResetPassword(user)}
                      onResetTotp={() => void onResetTotp(user)}
                    />
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
        title={editing.last === 'new' ? t('users.create') : t('users.edit')}
        size="lg"
        fullScreen={phone}
      >
        {editing.opened && (
          <UserForm
            user={editing.last === 'new' ? undefined : editing.last}
            unitId={unitId}
            onDone={() => editing.close()}
            onCreated={(username, password) => {
              editing.close();
              if (password) setCredentials({ username, password });
            }}
          />
        )}
      </AppModal>
      <OneTimePasswordModal credentials={credentials} onClose={() => setCredentials(null)} />
      {confirmElement}
    </>
  );
}
