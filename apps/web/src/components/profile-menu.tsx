import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import {
  IconBellCog,
  IconChevronDown,
  IconDeviceMobile,
  IconKey,
  IconLogout,
  IconLogout2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../api/client.ts';
import { useSession } from '../features/auth/components/session-gate.tsx';
import { useSignOut } from '../features/auth/hooks/use-session.ts';
import { useConfirm } from './confirm-dialog.tsx';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

export function ProfileMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const signOut = useSignOut();
  const [confirm, confirmElement] = useConfirm();
  const everywhere = async () => {
    if (!(await confirm(t('profile.confirmEverywhere'), t('profile.signOutEverywhere')))) return;
    const result = await signOut.mutateAsync(true).catch(() => null);
    if (result && 'sessions' in result)
      notifySuccess(t('profile.signedOutEverywhere', { count: result.sessions }));
  };
  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('profile.menu')} data-testid="profile-menu">
            <Group gap={6} wrap="nowrap">
              <Avatar size="sm" color="navy" radius="xl">
                {initials(me.user.fullName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180}>
                {me.user.fullName}
              </Text>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {me.user.fullName} · {me.user.username}
          </Menu.Label>
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => navigate('/account/password')}
          >
            {t('profile.changePassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDeviceMobile size={16} aria-hidden />}
            onClick={() => navigate('/account/two-factor')}
          >
            {t('profile.twoFactor')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconBellCog size={16} aria-hidden />}
            onClick={() => navigate('/account/notifications')}
          >
            {t('profile.notifications')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => signOut.mutate(false)}
            data-testid="sign-out"
          >
            {t('profile.signOut')}
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconLogout2 size={16} aria-hidden />}
            onClick={() => void everywhere()}
          >
            {t('profile.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {confirmElement}
    </>
  );
}
