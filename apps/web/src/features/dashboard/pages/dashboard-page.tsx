import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import { MODULES } from '../../../components/nav-items.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { IncidentDashboardTiles } from '../../incidents/components/incident-dashboard-tiles.tsx';

/** A count from a list endpoint (limit 1, the total is what matters). */
function useTotal(path: string, query: Record<string, string | boolean> = {}, enabled = true) {
  return useQuery({
    queryKey: ['dashboard', path, query],
    queryFn: ({ signal }) => apiGet<Page<unknown>>(path, { ...query, limit: 1, offset: 0 }, signal),
    enabled,
    select: (page) => page.total,
  });
}

function Figure({ label, value, to }: { label: string; value: number | undefined; to: string }) {
  return (
    <Card withBorder padding="md" component={Link} to={to} style={{ textDecoration: 'none' }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} c="navy.9" lh={1.2}>
        {value ?? '…'}
      </Text>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { me, actor } = useSession();
  const units = useTotal('/api/units');
  const users = useTotal('/api/users', {}, can(actor, 'user.read'));
  const team = useTotal('/api/team', {}, can(actor, 'team.read'));
  const onCall = useTotal('/api/team', { onCall: true }, can(actor, 'team.read'));
  return (
    <Stack>
      <PageHeader title={t('dashboard.welcome', { name: me.user.fullName })} intro={t('dashboard.intro')} />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure label={t('dashboard.units')} value={units.data} to="/admin/units" />
        <Figure label={t('dashboard.users')} value={users.data} to="/admin/users" />
        <Figure label={t('dashboard.team')} value={team.data} to="/admin/team" />
        <Figure label={t('dashboard.onCall')} value={onCall.data} to="/admin/team" />
      </SimpleGrid>
      <IncidentDashboardTiles />
      <Title order={2} size="h4" mt="md">
        {t('dashboard.modulesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {MODULES.map((m) => (
          <Card
            key={m.key}
            withBorder
            padding="md"
            component={Link}
            to={m.path}
            style={{ textDecoration: 'none' }}
          >
            <Group justify="space-between" wrap="nowrap" mb={6} align="flex-start">
              <Group gap="xs" wrap="nowrap">
                <m.icon size={20} aria-hidden />
                <Text fw={600}>{t(`nav.${m.key}`)}</Text>
              </Group>
              <Badge variant="light" color={m.ready ? 'teal' : 'gray'} size="sm" style={{ flex: 'none' }}>
                {m.ready ? t('dashboard.ready') : t('dashboard.building')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t(`modules.${m.key}`)}
            </Text>
          </Card>
        ))}
        <Card withBorder padding="md" component={Link} to="/admin" style={{ textDecoration: 'none' }}>
          <Group justify="space-between" wrap="nowrap" mb={6}>
            <Text fw={600}>{t('nav.admin')}</Text>
            <Badge variant="light" color="teal" size="sm" style={{ flex: 'none' }}>
              {t('dashboard.ready')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('admin.intro')}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
