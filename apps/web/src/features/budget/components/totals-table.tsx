import { Alert, Table, Text } from '@mantine/core';
import { BUDGET_CATEGORY_LABELS, formatVnd } from '@ungcuu/domain/budget/budget.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import type { BudgetTotalsView } from '../budget-types.ts';

/** Per category: requested, approved estimate, actual spending and variance (negative = overspent). */
export function TotalsTable({ totals }: { totals: BudgetTotalsView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const money = (n: number, variance = false) => (
    <Text
      size="sm"
      ta="right"
      c={variance && n < 0 ? 'red' : undefined}
      fw={variance && n < 0 ? 600 : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {formatVnd(n)}
    </Text>
  );
  return (
    <>
      <Table.ScrollContainer minWidth={700}>
        <Table striped verticalSpacing={6} data-testid="budget-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budget.totals.category')}</Table.Th>
              <Table.Th ta="right">{t('budget.totals.requested')}</Table.Th>
              <Table.Th ta="right">{t('budget.totals.estimate')}</Table.Th>
              <Table.Th ta="right">{t('budget.totals.actual')}</Table.Th>
              <Table.Th ta="right">{t('budget.totals.variance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.categories.map((c) => (
              <Table.Tr key={c.category}>
                <Table.Td>
                  <Text size="sm">{label(BUDGET_CATEGORY_LABELS[c.category])}</Text>
                </Table.Td>
                <Table.Td>{money(c.requested)}</Table.Td>
                <Table.Td>{money(c.estimate)}</Table.Td>
                <Table.Td>{money(c.actual)}</Table.Td>
                <Table.Td>{money(c.variance, true)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr style={{ fontWeight: 700 }}>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {t('budget.totals.total')}
                </Text>
              </Table.Td>
              <Table.Td>{money(totals.total.requested)}</Table.Td>
              <Table.Td>{money(totals.total.estimate)}</Table.Td>
              <Table.Td>{money(totals.total.actual)}</Table.Td>
              <Table.Td>{money(totals.total.variance, true)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        {t('budget.totals.note')}
      </Text>
      {totals.unmatchedSpending > 0 && (
        <Alert color="orange" variant="light" mt="xs">
          {t('budget.totals.unmatched', { amount: formatVnd(totals.unmatchedSpending) })}
        </Alert>
      )}
    </>
  );
}
