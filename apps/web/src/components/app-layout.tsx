import { AppShell, Box, Burger, Center, Group, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSettings } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { useRealtime } from '../app/realtime.ts';
import { useSession } from '../features/auth/components/session-gate.tsx';
import { saveLocale } from '../features/auth/hooks/use-session.ts';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ADMIN_PAGES, DASHBOARD, MODULES, MONITORING_PAGES } from './nav-items.ts';
import { ProfileMenu } from './profile-menu.tsx';

/** The signed-in frame: header with language and account menu, module navigation (a drawer on phones). */
export function AppLayout() {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useRealtime(true);
  // On a phone the navigation closes once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change
  useEffect(() => close(), [location.pathname, close]);

  const adminPages = ADMIN_PAGES.filter((p) => p.visible(actor));
  const inAdmin = location.pathname.startsWith('/admin');
  const inMonitoring = location.pathname.startsWith('/monitoring') || location.pathname.startsWith('/alerts');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 272, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
              aria-controls="main-nav"
            />
            <RouterLink to="/" className="brand" aria-label={`${t('app.name')} — ${t('nav.dashboard')}`}>
              <Box className="brand-mark" aria-hidden>
                UC
              </Box>
              <Box>
                <Text fw={700} lh={1.1}>
                  {t('app.name')}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                  {t('app.tagline')}
                </Text>
              </Box>
            </RouterLink>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch onChanged={(locale) => void saveLocale(me.user, locale)} />
            <ProfileMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="main-nav" aria-label={t('nav.main')} component="nav">
        <AppShell.Section grow component={ScrollArea} p="xs">
          <NavLink
            component={RouterLink}
            to={DASHBOARD.path}
            end
            label={t('nav.dashboard')}
            leftSection={<DASHBOARD.icon size={18} aria-hidden />}
          />
          {MODULES.map((m) =>
            m.key === 'monitoring' ? (
              <NavLink
                key={m.key}
                label={t(`nav.${m.key}`)}
                leftSection={<m.icon size={18} aria-hidden />}
                defaultOpened={inMonitoring}
                childrenOffset={18}
                data-module-ready={m.ready}
                data-testid="nav-monitoring"
              >
                {MONITORING_PAGES.map((p) => (
                  <NavLink
                    key={p.key}
                    component={RouterLink}
                    to={p.path}
                    end={p.path === '/alerts'}
                    label={t(`nav.${p.key}`)}
                    leftSection={<p.icon size={16} aria-hidden />}
                    data-testid={`nav-${p.key}`}
                  />
                ))}
              </NavLink>
            ) : (
              <NavLink
                key={m.key}
                component={RouterLink}
                to={m.path}
                label={t(`nav.${m.key}`)}
                leftSection={<m.icon size={18} aria-hidden />}
                data-module-ready={m.ready}
              />
            ),
          )}
          {adminPages.length > 0 && (
            <NavLink
              label={t('nav.admin')}
              leftSection={<IconSettings size={18} aria-hidden />}
              defaultOpened={inAdmin}
              childrenOffset={18}
              data-testid="nav-admin"
            >
              {adminPages.map((p) => (
                <NavLink
                  key={p.key}
                  component={RouterLink}
                  to={p.path}
                  label={t(`nav.${p.key}`)}
                  leftSection={<p.icon size={16} aria-hidden />}
                  data-testid={`nav-${p.key}`}
                />
              ))}
            </NavLink>
          )}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        {/* The pages are lazy chunks (decision 0033): a loader while one arrives. */}
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-label={t('app.loading')} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
