import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { UNIT_TYPE_LABELS } from '@ungcuu/domain/org/unit-types.ts';
import { READINESS_CRITERIA } from '@ungcuu/domain/readiness/criteria.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { ReadinessScore } from '../components/score-badge.tsx';
import { useUnitReadiness } from '../hooks/use-readiness.ts';
import type { CriterionStatus } from '../readiness-types.ts';

const STATUS: Record<CriterionStatus, { color: string; icon: typeof IconCheck }> = {
  met: { color: 'teal', icon: IconCheck },
  not_met: { color: 'red', icon: IconX },
  not_applicable: { color: 'gray', icon: IconMinus },
};

/** One unit's readiness: every criterion met, not met or not applicable, with its reason and basis. */
export function UnitReadinessPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const unit = useUnitReadiness(unitId);
  const u = unit.data;
  return (
    <>
      <Anchor
        component={Link}
        to="/readiness"
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('readiness.backToScores')}
      </Anchor>
      <QueryState isPending={unit.isPending} error={unit.error} onRetry={() => void unit.refetch()}>
        {u && (
          <Stack mt="xs">
            <PageHeader title={u.unitName} intro={label(UNIT_TYPE_LABELS[u.unitType])} />
            <Paper withBorder p="md">
              <Group justify="space-between">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('readiness.unit.score')}
                  </Text>
                  <ReadinessScore score={u.score} />
                </Stack>
                <Text size="xs" c="dimmed" maw={420}>
                  {t('readiness.unit.how', { at: formatDateTime(u.computedAt, locale) })}
                </Text>
              </Group>
            </Paper>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="criteria-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('readiness.unit.criterion')}</Table.Th>
                    <Table.Th w={160}>{t('readiness.unit.status')}</Table.Th>
                    <Table.Th>{t('readiness.unit.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {u.criteria.map((c) => {
                    const s = STATUS[c.status];
                    return (
                      <Table.Tr key={c.code} data-testid={`criterion-${c.code}`} data-status={c.status}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {label(c.label)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t('readiness.unit.weight', { weight: c.weight })} ·{' '}
                            {label(READINESS_CRITERIA[c.code].basis)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={s.color}
                            variant="light"
                            leftSection={<s.icon size={12} aria-hidden />}
                            style={{ maxWidth: 'none', overflow: 'visible' }}
                          >
                            {t(`readiness.unit.statuses.${c.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{label(c.reason)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
