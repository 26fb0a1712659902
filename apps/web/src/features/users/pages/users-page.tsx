import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { ROLE_LABELS, ROLES, type Role } from '@ungcuu/domain/org/roles.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { type Column, DataTable, usePhone } from '../../../components/data-table/data-table.tsx';
import { FilterBar, RecordModal, SearchFilter } from '../../../components/data-table/list-page-parts.tsx';
import { useTableState } from '../../../components/data-table/use-table-state.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { UnitName, UnitSelect } from '../../../components/unit-select.tsx';
import { useDialogTarget } from '../../../components/use-dialog-target.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { OneTimePasswordModal } from '../components/one-time-password-modal.tsx';
import { UserForm } from '../components/user-form.tsx';
import { UserRowActions } from '../components/user-row-actions.tsx';
import { useResetPassword, useResetTotp, useUpdateUser, useUserList } from '../hooks/use-users.ts';

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
  const phone = usePhone();
  const table = useTableState<{ unitId: string | null; role: Role | null }>({ unitId: null, role: null });
  const { unitId, role } = table.filters;
  const editing = useDialogTarget<User>();
  const [credentials, setCredentials] = useState<{ username: string; password: string } | null>(null);
  const [confirm, confirmElement] = useConfirm();
  const list = useUserList({ q: table.q, unitId, role, ...table.paging });
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

  const columns: Column<User>[] = [
    {
      key: 'fullName',
      header: t('users.cols.fullName'),
      render: (user) => (
        <>
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
        </>
      ),
    },
    {
      key: 'unit',
      header: t('users.cols.unit'),
      visibleFrom: 'sm',
      render: (user) => (
        <Text size="sm">
          <UnitName id={user.unitId} />
        </Text>
      ),
    },
    {
      key: 'roles',
      header: t('users.cols.roles'),
      visibleFrom: 'sm',
      render: (user) => <Text size="sm">{user.roles.map((r) => label(ROLE_LABELS[r])).join('; ')}</Text>,
    },
    { key: 'status', header: t('users.cols.status'), render: (user) => <UserStatus user={user} /> },
    {
      key: 'lastLogin',
      header: t('users.cols.lastLogin'),
      visibleFrom: 'md',
      render: (user) => (
        <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
          {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.status.never')}
        </Text>
      ),
    },
  ];

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
      <FilterBar>
        <SearchFilter
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={table.search}
          onChange={table.setSearch}
        />
        <div style={{ flex: '1 1 16rem' }}>
          <UnitSelect
            label={t('users.unitFilter')}
            value={unitId}
            onChange={(id) => table.setFilter('unitId', id)}
            clearable
          />
        </div>
        <Select
          label={t('users.roleFilter')}
          placeholder={t('common.all')}
          data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
          value={role}
          onChange={(v) => table.setFilter('role', v as Role | null)}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
      </FilterBar>
      <DataTable
        query={list}
        columns={columns}
        rowKey={(user) => user.id}
        page={table.page}
        pageSize={table.pageSize}
        onPage={table.setPage}
        minWidth={820}
        testId="users-table"
        rowActions={(user) => (
          <UserRowActions
            user={user}
            onEdit={() => editing.open(user)}
            onToggleDisabled={() => void toggleDisabled(user)}
            onResetPassword={() => void onResetPassword(user)}
            onResetTotp={() => void onResetTotp(user)}
          />
        )}
      />
      <RecordModal dialog={editing} createTitle={t('users.create')} editTitle={t('users.edit')}>
        {(user) => (
          <UserForm
            user={user}
            unitId={unitId}
            onDone={() => editing.close()}
            onCreated={(username, password) => {
              editing.close();
              if (password) setCredentials({ username, password });
            }}
          />
        )}
      </RecordModal>
      <OneTimePasswordModal credentials={credentials} onClose={() => setCredentials(null)} />
      {confirmElement}
    </>
  );
}
