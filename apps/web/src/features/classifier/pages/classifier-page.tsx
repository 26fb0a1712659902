import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { AccuracyReport } from '@ungcuu/domain/incidents/classifier-schemas.ts';
import { CAUSE_GROUP_LABELS, SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import {
  useClassifierAccuracy,
  useClassifierStatus,
  useRetrain,
  useRollback,
} from '../hooks/use-classifier.ts';

type Tally = AccuracyReport['overall'];

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

function TallyCells({ t: tally }: { t: Tally }) {
  return (
    <>
      <Table.Td>{tally.n}</Table.Td>
      <Table.Td>{pct(tally.groupRight, tally.n)}</Table.Td>
      <Table.Td>{pct(tally.subtypeRight, tally.n)}</Table.Td>
    </>
  );
}

function TallyTable({
  title,
  rows,
}: {
  title: string;
  rows: { key: string; label: string; tally: Tally }[];
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        {title}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('classifier.confirmed')}</Table.Th>
            <Table.Th>{t('classifier.groupRight')}</Table.Th>
            <Table.Th>{t('classifier.subtypeRight')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <TallyCells t={r.tally} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Accuracy({ report }: { report: AccuracyReport }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  if (report.overall.n === 0) return <Text c="dimmed">{t('classifier.noDecisions')}</Text>;
  return (
    <Stack gap="md">
      <Text>
        {t('classifier.overall', {
          n: report.overall.n,
          group: pct(report.overall.groupRight, report.overall.n),
          subtype: pct(report.overall.subtypeRight, report.overall.n),
        })}
      </Text>
      <TallyTable
        title={t('classifier.byMonth')}
        rows={report.byMonth.map((m) => ({ key: m.month, label: m.month, tally: m }))}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TallyTable
          title={t('classifier.byGroup')}
          rows={report.byGroup.map((g) => ({
            key: g.group,
            label: label(CAUSE_GROUP_LABELS[g.group]),
            tally: g,
          }))}
        />
        <TallyTable
          title={t('classifier.bySubtype')}
          rows={report.bySubtype.map((s) => ({
            key: s.subtype,
            label: label(SUBTYPE_LABELS[s.subtype]),
            tally: s,
          }))}
        />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('classifier.confusion')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('classifier.confusionHint')}
        </Text>
        <Table striped data-testid="confusion">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('classifier.confirmedAs')}</Table.Th>
              <Table.Th>{t('classifier.suggestedAs')}</Table.Th>
              <Table.Th>{t('classifier.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...report.confusion]
              .sort((a, b) => b.n - a.n)
              .map((c) => (
                <Table.Tr
                  key={`${c.confirmed}|${c.suggested}`}
                  c={c.confirmed === c.suggested ? undefined : 'red'}
                >
                  <Table.Td>{label(SUBTYPE_LABELS[c.confirmed])}</Table.Td>
                  <Table.Td>
                    {c.suggested ? label(SUBTYPE_LABELS[c.suggested]) : t('classifier.none')}
                  </Table.Td>
                  <Table.Td>{c.n}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/** "Bộ gợi ý phân loại": how well suggestions match the office's decisions; retrain or roll back. */
export function ClassifierPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { actor } = useSession();
  const status = useClassifierStatus();
  const accuracy = useClassifierAccuracy();
  const retrain = useRetrain();
  const rollback = useRollback();
  const [confirm, confirmElement] = useConfirm();
  const manage = can(actor, 'classifier.manage');
  const version = status.data?.activeVersion;
  return (
    <>
      <PageHeader title={t('classifier.title')} intro={t('classifier.intro')} />
      <Stack gap="lg">
        <QueryState isPending={status.isPending} error={status.error} onRetry={() => void status.refetch()}>
          {status.data && (
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Text data-testid="classifier-version">
                  {version === 'shipped'
                    ? t('classifier.usingShipped')
                    : t('classifier.usingOffice', { version })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('classifier.pending', { n: status.data.pendingExamples })}
                </Text>
                {status.data.models.slice(0, 5).map((m) => (
                  <Text key={m.id} size="sm">
                    {t('classifier.modelLine', {
                      version: m.version,
                      at: formatDateTime(m.trainedAt, locale),
                      n: m.officeExamples,
                    })}
                    {m.active ? ` — ${t('classifier.active')}` : ''}
                    {m.rolledBackAt
                      ? ` — ${t('classifier.rolledBack', { at: formatDateTime(m.rolledBackAt, locale) })}`
                      : ''}
                  </Text>
                ))}
                {manage && (
                  <Group>
                    <Button
                      variant="light"
                      loading={retrain.isPending}
                      onClick={() =>
                        retrain.mutate(undefined, {
                          onSuccess: () => notifySuccess(t('classifier.retrained')),
                        })
                      }
                    >
                      {t('classifier.retrain')}
                    </Button>
                    <Button
                      color="orange"
                      variant="light"
                      disabled={version === 'shipped'}
                      loading={rollback.isPending}
                      onClick={async () => {
                        if (!(await confirm(t('classifier.rollbackConfirm'), t('classifier.rollback'))))
                          return;
                        rollback.mutate(undefined, {
                          onSuccess: () => notifySuccess(t('classifier.rolledBackDone')),
                        });
                      }}
                    >
                      {t('classifier.rollback')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          )}
        </QueryState>
        <Alert color="blue">{t('classifier.howMeasured')}</Alert>
        <QueryState
          isPending={accuracy.isPending}
          error={accuracy.error}
          onRetry={() => void accuracy.refetch()}
        >
          {accuracy.data && <Accuracy report={accuracy.data} />}
        </QueryState>
      </Stack>
      {confirmElement}
    </>
  );
}
