import { Alert, Badge, Button, Code, FileInput, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifySuccess } from '../../../api/client.ts';
import { translateDynamic } from '../../../i18n/i18n.ts';
import { importSystems } from '../hooks/use-systems.ts';
import { IMPORT_PATH_FIELDS, SYSTEM_IMPORT_HEADERS } from '../import-columns.ts';
import type { SystemImportReport } from '../system-types.ts';

/** "kind: Expected union value" → the field's name and a sentence in the interface language. */
function useErrorText() {
  const { t } = useTranslation();
  return (error: { path: string; message: string }) => {
    const top = error.path.replace(/^\//, '').split('/')[0] ?? '';
    const field = IMPORT_PATH_FIELDS[top];
    const fieldName = field ? translateDynamic(`systems.fields.${field}`, top) : top;
    const detail = error.message.replace(/^[^:]*:\s*/, '');
    const known: [RegExp, string][] = [
      [/not found$/, t('systems.import.errors.unitNotFound', { value: detail.replace(/ not found$/, '') })],
      [/already exists/, t('systems.import.errors.duplicate')],
      [/not your unit/, t('systems.import.errors.notYourUnit')],
      [/address\.invalid/, t('systems.import.errors.address')],
      [/level_approval/, t('systems.validation.decision')],
      [/^Expected/, t('systems.import.errors.invalidValue')],
    ];
    const sentence = known.find(([re]) => re.test(detail))?.[1] ?? detail;
    return { fieldName, sentence, raw: error.message };
  };
}

function ReportTable({ report }: { report: SystemImportReport }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const invalid = report.total - report.valid;
  const rows = [...report.rows].sort((a, b) => b.errors.length - a.errors.length || a.row - b.row);
  return (
    <Stack gap="xs">
      <Alert color={invalid === 0 ? 'teal' : 'orange'} variant="light" data-testid="systems-import-summary">
        <Text size="sm">
          {t('systems.import.summary', { total: report.total, valid: report.valid, invalid })}
        </Text>
        <Text size="sm">{invalid === 0 ? t('systems.import.allValid') : t('systems.import.fixErrors')}</Text>
      </Alert>
      <Table.ScrollContainer minWidth={520} mah={360}>
        <Table striped verticalSpacing={4} stickyHeader data-testid="systems-import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('systems.import.cols.row')}</Table.Th>
              <Table.Th>{t('systems.import.cols.name')}</Table.Th>
              <Table.Th>{t('systems.import.cols.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.row} data-testid={`import-row-${r.row}`}>
                <Table.Td>{t('systems.import.rowNumber', { row: r.row })}</Table.Td>
                <Table.Td>{r.key || t('common.none')}</Table.Td>
                <Table.Td>
                  {r.errors.length === 0 ? (
                    <Badge color="teal" variant="light" size="sm">
                      {t('systems.import.ok')}
                    </Badge>
                  ) : (
                    <List size="sm" c="red.8" spacing={2}>
                      {r.errors.map((e, i) => {
                        const text = errorText(e);
                        return (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the same error may repeat in a row
                          <List.Item key={i} title={text.raw}>
                            <b>{text.fieldName}</b>: {text.sentence}
                          </List.Item>
                        );
                      })}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Inventory import: check the file first (every bad row named with its errors), then import all rows. */
export function SystemImport({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<SystemImportReport | null>(null);
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => importSystems(file!, dryRun),
    onSuccess: (result) => {
      setReport(result);
      if (!result.dryRun) {
        notifySuccess(t('systems.import.done', { count: result.created }));
        for (const key of ['systems', 'readiness', 'risks'])
          void client.invalidateQueries({ queryKey: [key] });
        onDone();
      }
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'import.has_errors')
        setReport(error.details as SystemImportReport);
    },
  });
  const checkedOk = !!report?.dryRun && report.valid === report.total && report.total > 0;
  return (
    <Stack>
      <Text size="sm">{t('systems.import.intro')}</Text>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('systems.import.columns')}
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit' }}>
          {SYSTEM_IMPORT_HEADERS.join(' · ')}
        </Code>
        <Text size="xs" c="dimmed">
          {t('systems.import.columnsHint')}
        </Text>
      </Stack>
      <FileInput
        label={t('systems.import.file')}
        placeholder={t('systems.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => {
          setFile(f);
          setReport(null);
        }}
        leftSection={<IconFileUpload size={16} aria-hidden />}
        clearable
        data-testid="systems-import-file"
      />
      <Group>
        <Button
          variant="light"
          disabled={!file}
          loading={run.isPending && run.variables?.dryRun}
          onClick={() => run.mutate({ dryRun: true })}
        >
          {t('systems.import.check')}
        </Button>
        <Button
          disabled={!file || !checkedOk}
          loading={run.isPending && !run.variables?.dryRun}
          onClick={() => run.mutate({ dryRun: false })}
        >
          {t('systems.import.run', { count: report?.valid ?? 0 })}
        </Button>
      </Group>
      {report && <ReportTable report={report} />}
    </Stack>
  );
}
