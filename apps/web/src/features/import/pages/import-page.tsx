import {
  Alert,
  Button,
  Code,
  CopyButton,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS, ROLES } from '@ungcuu/domain/org/roles.ts';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '@ungcuu/domain/org/unit-types.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, notifySuccess } from '../../../api/client.ts';
import type { ImportReport } from '../../../api/types.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { ImportReportView } from '../components/import-report-view.tsx';
import { downloadTemplate, IMPORT_COLUMNS, type ImportKind } from '../import-columns.ts';

function upload(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file);
  return api<ImportReport>('POST', `/api/import/${kind}`, {
    form,
    query: { dryRun },
    quiet: ['import.has_errors'],
  });
}

/** Codes accepted in the type or roles column, with what they mean. */
function CodeHelp({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const rows =
    kind === 'units'
      ? UNIT_TYPES.map((c) => [c, label(UNIT_TYPE_LABELS[c])] as const)
      : ROLES.map((c) => [c, label(ROLE_LABELS[c])] as const);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {kind === 'units' ? t('import.typeCodes') : t('import.roleCodes')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows.map(([code, text]) => (
            <Table.Tr key={code}>
              <Table.Td w="1%" style={{ whiteSpace: 'nowrap' }}>
                <Code>{code}</Code>
              </Table.Td>
              <Table.Td>{text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('units');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [credentials, setCredentials] = useState<ImportReport['credentials'] | null>(null);
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => upload(kind, file!, dryRun),
    onSuccess: (result) => {
      setReport(result);
      if (!result.dryRun) {
        notifySuccess(t('import.done', { count: result.created }));
        setCredentials(result.credentials ?? null);
        setFile(null);
        setReport(null);
        void client.invalidateQueries({ queryKey: [kind] });
      }
    },
    onError: (error) => {
      // A real run refused for bad rows carries the same report as a dry run.
      if (error instanceof ApiError && error.code === 'import.has_errors')
        setReport(error.details as ImportReport);
    },
  });
  const reset = () => {
    setReport(null);
    setCredentials(null);
  };
  const checkedOk = report?.dryRun && report.valid === report.total && report.total > 0;
  const credentialText = (credentials ?? []).map((c) => `${c.username}\t${c.oneTimePassword}`).join('\n');

  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <Paper withBorder p="md" mb="md">
        <Stack>
          <Radio.Group
            label={t('import.kind')}
            value={kind}
            onChange={(v) => {
              setKind(v === 'users' ? 'users' : 'units');
              reset();
            }}
          >
            <Group mt="xs">
              <Radio value="units" label={t('import.kinds.units')} />
              <Radio value="users" label={t('import.kinds.users')} />
            </Group>
          </Radio.Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('import.columns')}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {IMPORT_COLUMNS[kind].join(',')}
            </Code>
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => downloadTemplate(kind)}
            >
              {t('import.template')}
            </Button>
          </Stack>
          <CodeHelp kind={kind} />
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              reset();
            }}
            leftSection={<IconFileUpload size={16} aria-hidden />}
            clearable
            data-testid="import-file"
          />
          <Group>
            <Button
              variant="light"
              disabled={!file}
              loading={run.isPending}
              onClick={() => run.mutate({ dryRun: true })}
            >
              {t('import.check')}
            </Button>
            <Button
              disabled={!file || !checkedOk}
              loading={run.isPending}
              onClick={() => run.mutate({ dryRun: false })}
            >
              {t('import.run', { count: report?.valid ?? 0 })}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {report && <ImportReportView report={report} />}
      {credentials && credentials.length > 0 && (
        <Alert color="yellow" title={t('import.credentialsTitle')} mt="md" data-testid="import-credentials">
          <Stack gap="xs">
            <Text size="sm">{t('import.credentialsBody')}</Text>
            <Code block>{credentialText}</Code>
            <CopyButton value={credentialText}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} w="fit-content">
                  {copied ? t('common.copied') : t('import.copyAll')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
    </>
  );
}
