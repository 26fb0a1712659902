import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  causeGroupOf,
  SUBTYPE_LABELS,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { usePlaybooks } from '../hooks/use-playbooks.ts';

/** "Phương án ứng cứu": one playbook per incident type, grouped by cause. */
export function PlaybooksPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const playbooks = usePlaybooks();
  const items = playbooks.data ?? [];
  return (
    <>
      <PageHeader title={t('playbooks.title')} intro={t('playbooks.intro')} />
      <QueryState
        isPending={playbooks.isPending}
        error={playbooks.error}
        onRetry={() => void playbooks.refetch()}
      >
        <Stack gap="xl">
          {CAUSE_GROUPS.map((group) => {
            const inGroup = items.filter((p) => causeGroupOf(p.subtype) === group);
            if (inGroup.length === 0) return null;
            return (
              <section key={group} aria-labelledby={`group-${group}`}>
                <Title order={2} size="h4" id={`group-${group}`} mb="sm">
                  {label(CAUSE_GROUP_LABELS[group])}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                  {inGroup.map((p) => (
                    <Card
                      key={p.subtype}
                      withBorder
                      component={Link}
                      to={`/admin/playbooks/${p.subtype}`}
                      style={{ textDecoration: 'none' }}
                      data-testid="playbook-card"
                      data-subtype={p.subtype}
                    >
                      <Stack gap={4}>
                        <Text fw={600}>{label(p.title)}</Text>
                        <Text size="xs" c="dimmed">
                          {label(SUBTYPE_LABELS[p.subtype])}
                        </Text>
                        <Group gap="xs" mt={4}>
                          <Badge variant={p.version > 1 ? 'filled' : 'light'} size="sm">
                            {t('playbooks.version', { version: p.version })}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {t('playbooks.steps', { count: p.steps.length })}
                          </Text>
                        </Group>
                      </Stack>
                    </Card>
                  ))}
                </SimpleGrid>
              </section>
            );
          })}
        </Stack>
      </QueryState>
    </>
  );
}
