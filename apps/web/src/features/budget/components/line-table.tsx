import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS, formatVnd } from '@ungcuu/domain/budget/budget.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/i18n.ts';
import type { BudgetLineView } from '../budget-types.ts';
import { LineActions } from './line-actions.tsx';
import { BudgetStatusBadge } from './status-badge.tsx';

interface Props {
  lines: BudgetLineView[];
  onEdit: (line: BudgetLineView) => void;
  onSpending: (line: BudgetLineView) => void;
}

function LineTitle({ line }: { line: BudgetLineView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <>
      <Anchor component={Link} to={`/budget/lines/${line.id}`} size="sm" fw={500}>
        {line.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        {label(BUDGET_CATEGORY_LABELS[line.category])} · {line.unitName} ·{' '}
        {label(FUNDING_SOURCE_LABELS[line.fundingSource])}
      </Text>
      {line.appraisalNote && (
        <Text size="xs" fs="italic">
          {t('budget.appraisalNote', { note: line.appraisalNote })}
        </Text>
      )}
      {line.decisionNote && (
        <Text size="xs" fs="italic">
          {t('budget.decisionNote', { note: line.decisionNote })}
        </Text>
      )}
    </>
  );
}

/** The year's lines: a table on a desktop, one stacked cell per line on a phone. */
export function LineTable({ lines, onEdit, onSpending }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const actions = (line: BudgetLineView) => (
    <LineActions line={line} onEdit={() => onEdit(line)} onSpending={() => onSpending(line)} />
  );
  if (phone)
    return (
      <Table striped verticalSpacing="sm" data-testid="budget-lines">
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <Stack gap={4}>
                  <LineTitle line={line} />
                  <Group justify="space-between" gap="xs">
                    <Text size="sm">
                      {t('budget.cols.amount')}: <b>{formatVnd(line.amount)}</b>
                    </Text>
                    <BudgetStatusBadge status={line.status} />
                  </Group>
                  <Text size="sm">
                    {t('budget.cols.spent')}: {formatVnd(line.spent)}
                  </Text>
                  {actions(line)}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="budget-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budget.cols.title')}</Table.Th>
            <Table.Th ta="right">{t('budget.cols.amount')}</Table.Th>
            <Table.Th ta="right">{t('budget.cols.spent')}</Table.Th>
            <Table.Th>{t('budget.cols.status')}</Table.Th>
            <Table.Th>
              <span className="sr-only">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <LineTitle line={line} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatVnd(line.amount)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatVnd(line.spent)}
              </Table.Td>
              <Table.Td>
                <BudgetStatusBadge status={line.status} />
              </Table.Td>
              <Table.Td>{actions(line)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
