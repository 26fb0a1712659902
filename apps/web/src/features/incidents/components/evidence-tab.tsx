import {
  ActionIcon,
  Button,
  CopyButton,
  FileInput,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatBytes } from '../datetime.ts';
import { evidenceUrl, useEvidence, useUploadEvidence } from '../hooks/use-incident-work.ts';
import type { Evidence, IncidentDetail } from '../incident-types.ts';

const MAX_BYTES = 25 * 1024 * 1024;

function UploadForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(incidentId);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const tooBig = file !== null && file.size > MAX_BYTES;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!file || tooBig) return;
          upload.mutate(
            { file, description },
            {
              onSuccess: () => {
                notifySuccess(t('incidents.evidence.uploaded', { name: file.name }));
                setFile(null);
                setDescription('');
              },
            },
          );
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <FileInput
            label={t('incidents.evidence.file')}
            placeholder={t('incidents.evidence.pick')}
            description={t('incidents.evidence.limit')}
            value={file}
            onChange={setFile}
            clearable
            error={tooBig ? t('incidents.evidence.tooBig') : null}
            style={{ flex: '1 1 16rem' }}
            data-testid="evidence-file"
          />
          <TextInput
            label={t('incidents.evidence.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={2000}
            style={{ flex: '2 1 16rem' }}
          />
          <Button
            type="submit"
            leftSection={<IconUpload size={16} aria-hidden />}
            loading={upload.isPending}
            disabled={!file || tooBig}
          >
            {t('incidents.evidence.upload')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function HashCell({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {sha256}
      </Text>
      <CopyButton value={sha256}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('incidents.evidence.copyHash')}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** Chứng cứ: files kept with their SHA-256 so that what is handed over can be shown unaltered. */
export function EvidenceTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const canRead = incident.allowedActions.includes('evidence.read');
  const canUpload = incident.allowedActions.includes('evidence.upload');
  const list = useEvidence(incident.id, canRead);
  const download = (e: Evidence) => void downloadFile(evidenceUrl(incident.id, e.id), e.filename);
  return (
    <Stack gap="md">
      {canUpload && <UploadForm incidentId={incident.id} />}
      {canRead ? (
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
          {(list.data ?? []).length === 0 ? (
            <Text c="dimmed">{t('incidents.evidence.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" data-testid="evidence-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('incidents.evidence.file')}</Table.Th>
                    <Table.Th>{t('incidents.evidence.size')}</Table.Th>
                    <Table.Th>SHA-256</Table.Th>
                    <Table.Th>{t('incidents.evidence.uploadedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(list.data ?? []).map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          leftSection={<IconDownload size={14} aria-hidden />}
                          onClick={() => download(e)}
                        >
                          {e.filename}
                        </Button>
                        {e.description && (
                          <Text size="xs" c="dimmed">
                            {e.description}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatBytes(e.size, locale)}</Text>
                      </Table.Td>
                      <Table.Td maw={280}>
                        <HashCell sha256={e.sha256} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(e.uploadedAt, locale)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      ) : (
        <Text c="dimmed">{t('incidents.evidence.noAccess')}</Text>
      )}
    </Stack>
  );
}
