import { Anchor, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '@ungcuu/domain/org/unit-types.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useReadinessScores } from '../hooks/use-readiness.ts';
import { ReadinessScore } from './score-badge.tsx';

const PAGE_SIZE = 20;

/** Readiness score per unit, paged on the server; each row says which criteria are not met. */
export function ScoreTable() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [type, setType] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const phone = useMediaQuery('(max-width: 48em)');
  const list = useReadinessScores(q, type, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('readiness.scores.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
          style={{ flex: '2 1 16rem' }}
        />
        <Select
          label={t('readiness.scores.type')}
          placeholder={t('common.all')}
          data={UNIT_TYPES.map((v) => ({ value: v, label: label(UNIT_TYPE_LABELS[v]) }))}
          value={type}
          onChange={(v) => {
            setType(v);
            setPage(1);
          }}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 680}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="readiness-scores">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('readiness.scores.unit')}</Table.Th>
                <Table.Th>{t('readiness.scores.score')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('readiness.scores.notMet')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((u) => {
                const notMet = u.criteria.filter((c) => c.status === 'not_met');
                return (
                  <Table.Tr key={u.unitId} data-testid={`score-row-${u.unitCode}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/readiness/units/${u.unitId}`} size="sm" fw={500}>
                        {u.unitName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {label(UNIT_TYPE_LABELS[u.unitType])}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ReadinessScore score={u.score} size="md" />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="xs" lineClamp={2}>
                        {notMet.length === 0
                          ? t('readiness.scores.allMet')
                          : `${t('readiness.scores.notMetCount', { count: notMet.length })}: ${notMet.map((c) => label(c.label)).join('; ')}`}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
    </>
  );
}
