import { ActionIcon, Menu } from '@mantine/core';
import {
  IconDeviceMobile,
  IconDots,
  IconKey,
  IconPencil,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.ts';

interface Props {
  user: User;
  onEdit: () => void;
  onToggleDisabled: () => void;
  onResetPassword: () => void;
  onResetTotp: () => void;
}

/** What may be done to one account, as the server's allowedActions for that row say. */
export function UserRowActions({ user, onEdit, onToggleDisabled, onResetPassword, onResetTotp }: Props) {
  const { t } = useTranslation();
  const mayUpdate = user.allowedActions.includes('user.update');
  const mayReset = user.allowedActions.includes('user.reset_password');
  if (!mayUpdate && !mayReset) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('common.moreActions', { name: user.fullName })}
        >
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {mayUpdate && (
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            {t('common.edit')}
          </Menu.Item>
        )}
        {mayReset && (
          <Menu.Item leftSection={<IconKey size={14} aria-hidden />} onClick={onResetPassword}>
            {t('users.resetPassword')}
          </Menu.Item>
        )}
        {mayReset && user.totpEnabled && (
          <Menu.Item leftSection={<IconDeviceMobile size={14} aria-hidden />} onClick={onResetTotp}>
            {t('users.resetTotp')}
          </Menu.Item>
        )}
        {mayUpdate && (
          <Menu.Item
            color={user.disabled ? undefined : 'red'}
            leftSection={
              user.disabled ? <IconUserCheck size={14} aria-hidden /> : <IconUserOff size={14} aria-hidden />
            }
            onClick={onToggleDisabled}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
