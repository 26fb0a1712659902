import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Switch,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { type NotificationView, useMarkRead, useNotifications } from '../hooks/use-notifications.ts';

/** The header's bell: the latest notifications (licence reminders, incidents), read on opening one. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [limit, setLimit] = useState(10);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(limit, unreadOnly);
  const markRead = useMarkRead();
  const unread = list.data?.unread ?? 0;
  const open = (n: NotificationView) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      setOpened(false);
      void navigate(n.link);
    }
  };
  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          disabled={unread === 0}
          color="red"
          offset={4}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={
              unread > 0 ? t('notifications.openUnread', { count: unread }) : t('notifications.open')
            }
            data-testid="notification-bell"
            data-unread={unread}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py={8}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Switch
            size="xs"
            label={t('notifications.unreadOnly')}
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
          />
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0}>
            {list.data?.items.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                {t('notifications.empty')}
              </Text>
            )}
            {list.data?.items.map((n) => (
              <UnstyledButton
                key={n.id}
                onClick={() => open(n)}
                data-testid="notification-item"
                data-link={n.link ?? undefined}
                data-read={n.readAt ? 'true' : 'false'}
                px="sm"
                py={8}
                style={{
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: n.readAt ? undefined : 'var(--mantine-color-blue-0)',
                }}
              >
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {label(n.title)}
                </Text>
                {n.body && (
                  <Text size="xs" c="dimmed" lineClamp={3}>
                    {label(n.body)}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt, locale)}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {list.data && list.data.total > list.data.items.length && (
          <Button variant="subtle" fullWidth size="xs" onClick={() => setLimit((l) => l + 20)}>
            {t('notifications.more')}
          </Button>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
