import { Alert, Badge, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../api/types.ts';

/** Every row of a checked file, each with its errors, valid rows marked as such. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const invalid = report.total - report.valid;
  return (
    <>
      <Alert color={invalid === 0 ? 'teal' : 'orange'} variant="light" mb="sm" data-testid="import-summary">
        <Text size="sm">{t('import.summary', { total: report.total, valid: report.valid, invalid })}</Text>
        <Text size="sm">{invalid === 0 ? t('import.allValid') : t('import.fixErrors')}</Text>
      </Alert>
      <Table.ScrollContainer minWidth={560} mah={480}>
        <Table striped verticalSpacing={4} stickyHeader data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.cols.row')}</Table.Th>
              <Table.Th>{t('import.cols.key')}</Table.Th>
              <Table.Th>{t('import.cols.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {r.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.errors.length === 0 ? (
                    <Badge color="teal" variant="light" size="sm">
                      {t('import.ok')}
                    </Badge>
                  ) : (
                    <List size="sm" c="red.8" spacing={2}>
                      {r.errors.map((e, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the same message may repeat in one row
                        <List.Item key={i}>{e.message}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {invalid > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('import.rowErrorsNote')}
        </Text>
      )}
    </>
  );
}
