import { Badge, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { currentYearVn, yearOptions } from '../../../lib/format.ts';
import { useCompare } from '../hooks/use-inspections.ts';
import type { CompareView } from '../inspection-types.ts';
import { AnswerBadge, ResultLine } from './badges.tsx';

const CHANGE_COLOR = { improved: 'teal', regressed: 'red', same: 'gray', not_comparable: 'gray' } as const;

function YearCard({ title, brief }: { title: string; brief: CompareView['current'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {brief ? (
        <ResultLine result={brief.result} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('inspections.compare.noInspection')}
        </Text>
      )}
    </Paper>
  );
}

/** One unit, this year against last year, item by item (matched by key across template versions). */
export function CompareTab() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [year, setYear] = useState(currentYearVn());
  const compare = useCompare(unitId, year);
  const c = compare.data;
  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        <div style={{ flex: '2 1 16rem' }}>
          <UnitSelect label={t('inspections.fields.unit')} value={unitId} onChange={setUnitId} />
        </div>
        <Select
          label={t('inspections.fields.year')}
          data={yearOptions()}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          style={{ flex: '0 1 8rem' }}
        />
      </Group>
      {!unitId && <Text c="dimmed">{t('inspections.compare.pickUnit')}</Text>}
      {unitId && (
        <QueryState
          isPending={compare.isPending}
          error={compare.error}
          onRetry={() => void compare.refetch()}
        >
          {c && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="sm">
                <YearCard title={String(c.previousYear)} brief={c.previous} />
                <YearCard title={String(c.year)} brief={c.current} />
              </SimpleGrid>
              <Group gap="xs" mb="sm">
                {(['improved', 'regressed', 'same'] as const).map((k) => (
                  <Badge key={k} color={CHANGE_COLOR[k]} variant="light">
                    {t(`inspections.compare.changes.${k}`)}: {c.counts[k]}
                  </Badge>
                ))}
                <Badge color="gray" variant="outline">
                  {t('inspections.compare.changes.not_comparable')}: {c.counts.notComparable}
                </Badge>
              </Group>
              <Table.ScrollContainer minWidth={620}>
                <Table striped verticalSpacing={6} data-testid="compare-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('inspections.compare.item')}</Table.Th>
                      <Table.Th>{c.previousYear}</Table.Th>
                      <Table.Th>{c.year}</Table.Th>
                      <Table.Th>{t('inspections.compare.change')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.items.map((item) => (
                      <Table.Tr key={item.itemKey}>
                        <Table.Td>
                          <Text size="sm">{item.title ? label(item.title) : item.itemKey}</Text>
                        </Table.Td>
                        <Table.Td>
                          <AnswerBadge answer={item.previous} />
                        </Table.Td>
                        <Table.Td>
                          <AnswerBadge answer={item.current} />
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={CHANGE_COLOR[item.change]}
                            variant={item.change === 'not_comparable' ? 'outline' : 'light'}
                            size="sm"
                          >
                            {t(`inspections.compare.changes.${item.change}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
