import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EstimateResource } from '../budget-types.ts';

/** Staff and materials of the estimate (seed III): the response team and the equipment in service. */
export function ResourcesTable({ resources }: { resources: EstimateResource[] }) {
  const { t } = useTranslation();
  if (resources.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('budget.resources.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing="xs" data-testid="budget-resources">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budget.resources.name')}</Table.Th>
            <Table.Th>{t('budget.resources.kind')}</Table.Th>
            <Table.Th>{t('budget.fields.unit')}</Table.Th>
            <Table.Th ta="right">{t('budget.resources.quantity')}</Table.Th>
            <Table.Th>{t('budget.resources.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((r) => (
            <Table.Tr key={`${r.kind}-${r.unitName}-${r.name}-${r.detail}`}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{t(`budget.resources.kinds.${r.kind}`)}</Table.Td>
              <Table.Td>{r.unitName}</Table.Td>
              <Table.Td ta="right">{r.quantity}</Table.Td>
              <Table.Td>{r.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
