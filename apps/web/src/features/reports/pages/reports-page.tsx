import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { formatDateTimeVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { Mau05Panel } from '../components/mau05-panel.tsx';
import { useCreatePlan, usePlans } from '../hooks/use-reports.ts';

/** "Báo cáo": Mẫu 05 per period and the annual plans. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const plans = usePlans();
  const create = useCreatePlan();
  const navigate = useNavigate();
  const next = new Date().getFullYear() + 1;
  const hasNext = plans.data?.items.some((p) => p.year === next);
  return (
    <>
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <Stack>
        <Mau05Panel />
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="plans">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t('reports.plans.title')}
            </Title>
            {can(actor, 'report.manage') && !hasNext && (
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate(next, { onSuccess: (p) => navigate(`/reports/plans/${p.year}`) })
                }
                data-testid="plan-create"
              >
                {t('reports.plans.create', { year: next })}
              </Button>
            )}
          </Group>
          <QueryState isPending={plans.isPending} error={plans.error} onRetry={() => void plans.refetch()}>
            {plans.data && plans.data.items.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('reports.plans.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={360}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.year')}</Table.Th>
                      <Table.Th>{t('reports.plans.number')}</Table.Th>
                      <Table.Th>{t('reports.plans.updatedAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {plans.data?.items.map((p) => (
                      <Table.Tr key={p.year}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/reports/plans/${p.year}`}
                            data-testid={`plan-${p.year}`}
                          >
                            {t('reports.plans.name', { year: p.year })}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{p.number ?? '—'}</Table.Td>
                        <Table.Td>{formatDateTimeVi(p.updatedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </QueryState>
        </Paper>
      </Stack>
    </>
  );
}
