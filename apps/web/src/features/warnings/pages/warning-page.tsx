import { Anchor, Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconDownload,
  IconPaperclip,
  IconPencil,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatDay } from '../../../lib/format.ts';
import { ComplianceTable } from '../components/compliance-table.tsx';
import { TargetPanel } from '../components/target-panel.tsx';
import { SeverityBadge, TlpBadge } from '../components/warning-badges.tsx';
import { WarningTimeline } from '../components/warning-timeline.tsx';
import { useUploadWarningFile, useWarning, useWarningAction } from '../hooks/use-warnings.ts';

/** One warning: its content, the unit's own answer or the office's compliance table, and its record. */
export function WarningPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const warning = useWarning(id);
  const act = useWarningAction(id);
  const upload = useUploadWarningFile(id);
  const [confirm, confirmElement] = useConfirm();
  const w = warning.data;
  const may = (a: string) => w?.allowedActions.includes(a) ?? false;

  const run = async (action: 'publish' | 'close' | 'delete') => {
    if (
      !w ||
      !(await confirm(t(`warnings.confirm.${action}`, { title: w.title }), t(`warnings.actions.${action}`)))
    )
      return;
    act.mutate(action, {
      onSuccess: () => {
        notifySuccess(t(`warnings.done.${action}`));
        if (action === 'delete') void navigate('/warnings');
      },
    });
  };

  return (
    <>
      <Anchor
        component={Link}
        to="/warnings"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('warnings.back')}
      </Anchor>
      <QueryState isPending={warning.isPending} error={warning.error} onRetry={() => void warning.refetch()}>
        {w && (
          <Stack>
            <PageHeader
              title={`${w.code} · ${w.title}`}
              actions={
                <>
                  {may('warning.update') && (
                    <Button
                      variant="light"
                      component={Link}
                      to={`/warnings/${w.id}/edit`}
                      leftSection={<IconPencil size={16} aria-hidden />}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  {may('warning.publish') && (
                    <Button
                      leftSection={<IconSend size={16} aria-hidden />}
                      loading={act.isPending}
                      onClick={() => void run('publish')}
                    >
                      {t('warnings.actions.publish')}
                    </Button>
                  )}
                  {w.status !== 'draft' &&
                    (['misp', 'stix'] as const).map((format) => (
                      <Button
                        key={format}
                        variant="default"
                        leftSection={<IconDownload size={16} aria-hidden />}
                        onClick={() =>
                          void downloadFile(
                            `/api/warnings/${w.id}/export.${format}.json`,
                            `${w.code}.${format}.json`,
                          )
                        }
                      >
                        {t(format === 'misp' ? 'warnings.exportMisp' : 'warnings.exportStix')}
                      </Button>
                    ))}
                  {may('warning.close') && (
                    <Button variant="default" onClick={() => void run('close')}>
                      {t('warnings.actions.close')}
                    </Button>
                  )}
                  {may('warning.delete') && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => void run('delete')}
                    >
                      {t('warnings.actions.delete')}
                    </Button>
                  )}
                </>
              }
            />
            <Group gap="xs" mt={-8}>
              <SeverityBadge severity={w.severity} />
              <TlpBadge tlp={w.tlp} />
              <Text size="sm" c="dimmed">
                {t(`warnings.status.${w.status}`)}
                {w.deadline && ` · ${t('warnings.deadlineOn', { day: formatDay(w.deadline) })}`}
              </Text>
            </Group>
            <FormError error={act.error} />
            <Paper withBorder p="md">
              <Stack gap="sm">
                {w.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{w.description}</Text>}
                {w.requiredActions && (
                  <div>
                    <Title order={3} size="h5">
                      {t('warnings.fields.requiredActions')}
                    </Title>
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{w.requiredActions}</Text>
                  </div>
                )}
                {w.cves.length > 0 && (
                  <Text size="sm">
                    <b>CVE:</b> {w.cves.join(', ')}
                  </Text>
                )}
                {w.products.length > 0 && (
                  <Table.ScrollContainer minWidth={480}>
                    <Table withTableBorder>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('warnings.fields.vendor')}</Table.Th>
                          <Table.Th>{t('warnings.fields.product')}</Table.Th>
                          <Table.Th>{t('warnings.fields.versionRange')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {w.products.map((p, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are in their stored order
                          <Table.Tr key={i}>
                            <Table.Td>{p.vendor}</Table.Td>
                            <Table.Td>{p.product}</Table.Td>
                            <Table.Td>{p.versionRange || '*'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {w.indicators.length > 0 && (
                  <div>
                    <Title order={3} size="h5">
                      {t('warnings.fields.indicators')}
                    </Title>
                    {w.indicators.map((i) => (
                      <Text size="sm" ff="monospace" key={`${i.type}:${i.normalized}`}>
                        {i.type}: {i.value}
                      </Text>
                    ))}
                  </div>
                )}
                <Group gap="xs">
                  {w.files.map((f) => (
                    <Button
                      key={f.id}
                      size="xs"
                      variant="default"
                      onClick={() => void downloadFile(`/api/warnings/${w.id}/files/${f.id}`, f.filename)}
                    >
                      {f.filename}
                    </Button>
                  ))}
                  {may('warning.attach') && (
                    <FileButton onChange={(f) => f && upload.mutate(f)}>
                      {(props) => (
                        <Button
                          {...props}
                          size="xs"
                          variant="light"
                          leftSection={<IconPaperclip size={14} aria-hidden />}
                          loading={upload.isPending}
                        >
                          {t('warnings.files.attach')}
                        </Button>
                      )}
                    </FileButton>
                  )}
                </Group>
                {w.incidents.length > 0 && (
                  <div>
                    <Title order={3} size="h5">
                      {t('warnings.incidents')}
                    </Title>
                    {w.incidents.map((i) => (
                      <Anchor key={i.id} component={Link} to={`/incidents/${i.id}`} size="sm" display="block">
                        {i.code} · {i.title}
                      </Anchor>
                    ))}
                  </div>
                )}
              </Stack>
            </Paper>
            {w.myTarget && <TargetPanel warning={w} />}
            {w.counts && w.status !== 'draft' && <ComplianceTable warningId={w.id} />}
            <WarningTimeline warningId={w.id} />
          </Stack>
        )}
      </QueryState>
      {confirmElement}
    </>
  );
}
