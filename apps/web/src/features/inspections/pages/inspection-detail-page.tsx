import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconChecklist, IconFileTypeDocx, IconPencil } from '@tabler/icons-react';
import { INSPECTION_SECTION_LABELS, INSPECTION_SECTIONS } from '@ungcuu/domain/inspections/template.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { formatDay, nullableText } from '../../../lib/format.ts';
import { ResultLine, StatusBadge } from '../components/badges.tsx';
import { ChecklistItem } from '../components/checklist-item.tsx';
import { CompleteDialog } from '../components/complete-dialog.tsx';
import { RemediationTable } from '../components/remediation-table.tsx';
import { useInspection, usePatchInspection } from '../hooks/use-inspections.ts';
import type { InspectionDetail } from '../inspection-types.ts';

function PlanEdit({ inspection, onDone }: { inspection: InspectionDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const patch = usePatchInspection(inspection.id);
  const [plannedOn, setPlannedOn] = useState(inspection.plannedOn ?? '');
  const [inspector, setInspector] = useState(inspection.inspectorName ?? '');
  return (
    <Stack>
      <TextInput
        label={t('inspections.fields.plannedOn')}
        type="date"
        value={plannedOn}
        onChange={(e) => setPlannedOn(e.currentTarget.value)}
      />
      <TextInput
        label={t('inspections.fields.inspector')}
        value={inspector}
        onChange={(e) => setInspector(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          loading={patch.isPending}
          onClick={() =>
            patch.mutate(
              { plannedOn: nullableText(plannedOn), inspectorName: nullableText(inspector) },
              {
                onSuccess: () => {
                  notifySuccess(t('common.saved'));
                  onDone();
                },
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Conducting one inspection: the checklist by section, then completion, findings and the Word report. */
export function InspectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { label } = useLocale();
  const phone = useMediaQuery('(max-width: 48em)');
  const inspection = useInspection(id);
  const [dialog, setDialog] = useState<'complete' | 'plan' | null>(null);
  const [downloading, setDownloading] = useState(false);
  const d = inspection.data;
  const editable = !!d?.allowedActions.includes('inspection.answer');
  const download = async () => {
    if (!d) return;
    setDownloading(true);
    await downloadFile(`/api/inspections/${d.id}/report.docx`, `bien-ban-kiem-tra-${d.year}.docx`);
    setDownloading(false);
  };
  return (
    <>
      <Anchor
        component={Link}
        to="/inspections"
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('inspections.backToList')}
      </Anchor>
      <QueryState
        isPending={inspection.isPending}
        error={inspection.error}
        onRetry={() => void inspection.refetch()}
      >
        {d && (
          <Stack mt="xs">
            <PageHeader
              title={t('inspections.detailTitle', { unit: d.unitName, year: d.year })}
              intro={`${label(d.templateTitle)} (${t('inspections.templateVersion', { version: d.templateVersion })})`}
              actions={
                <>
                  <Button
                    variant="default"
                    leftSection={<IconFileTypeDocx size={16} aria-hidden />}
                    loading={downloading}
                    onClick={() => void download()}
                  >
                    {t('inspections.downloadReport')}
                  </Button>
                  {d.allowedActions.includes('inspection.plan') && (
                    <Button
                      variant="subtle"
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setDialog('plan')}
                    >
                      {t('inspections.editPlan')}
                    </Button>
                  )}
                  {d.allowedActions.includes('inspection.conduct') && (
                    <Button
                      leftSection={<IconChecklist size={16} aria-hidden />}
                      onClick={() => setDialog('complete')}
                    >
                      {t('inspections.complete.open')}
                    </Button>
                  )}
                </>
              }
            />
            <Paper withBorder p="md">
              <Group gap="lg" wrap="wrap">
                <StatusBadge status={d.status} />
                <Text size="sm">
                  {d.conductedOn
                    ? t('inspections.conductedOn', { date: formatDay(d.conductedOn) })
                    : d.plannedOn
                      ? t('inspections.plannedOn', { date: formatDay(d.plannedOn) })
                      : t('inspections.notScheduled')}
                </Text>
                {d.inspectorName && (
                  <Text size="sm">{t('inspections.inspectorIs', { name: d.inspectorName })}</Text>
                )}
                <div data-testid="inspection-result">
                  <ResultLine result={d.result} />
                </div>
              </Group>
              {d.summary && (
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {d.summary}
                </Text>
              )}
            </Paper>
            {d.status === 'completed' && (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  {t('inspections.remediation.title')}
                </Title>
                {d.remediationTasks.length === 0 ? (
                  <Text size="sm">{t('inspections.remediation.none')}</Text>
                ) : (
                  <RemediationTable tasks={d.remediationTasks} withUnit={false} />
                )}
              </Paper>
            )}
            {editable && d.result.unanswered > 0 && (
              <Alert variant="light" color="blue">
                {t('inspections.checklist.remaining', { count: d.result.unanswered })}
              </Alert>
            )}
            {INSPECTION_SECTIONS.map((section) => {
              const items = d.items.filter((i) => i.section === section);
              if (items.length === 0) return null;
              return (
                <Paper withBorder p="md" key={section}>
                  <Title order={2} size="h5">
                    {label(INSPECTION_SECTION_LABELS[section])}
                  </Title>
                  {items.map((item) => (
                    <ChecklistItem key={item.key} inspectionId={d.id} item={item} editable={editable} />
                  ))}
                </Paper>
              );
            })}
          </Stack>
        )}
      </QueryState>
      <AppModal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'plan' ? t('inspections.editPlan') : t('inspections.complete.open')}
        size="lg"
        fullScreen={phone}
      >
        {d && dialog === 'complete' && <CompleteDialog inspection={d} onDone={() => setDialog(null)} />}
        {d && dialog === 'plan' && <PlanEdit inspection={d} onDone={() => setDialog(null)} />}
      </AppModal>
    </>
  );
}
