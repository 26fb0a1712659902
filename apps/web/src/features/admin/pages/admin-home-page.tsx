import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_PAGES } from '../../../components/nav-items.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';

export function AdminHomePage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  return (
    <>
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {ADMIN_PAGES.filter((p) => p.visible(actor)).map((p) => (
          <Card key={p.key} withBorder component={Link} to={p.path} style={{ textDecoration: 'none' }}>
            <Group gap="xs" wrap="nowrap">
              <p.icon size={20} aria-hidden />
              <Text fw={600}>{t(`nav.${p.key}`)}</Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
