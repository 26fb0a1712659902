import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconRefresh } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { Plan, PlanSection } from '@ungcuu/domain/documents/documents-api.ts';
import { formatDateTimeVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { usePlan, useRegenerateSection, useSaveSection } from '../hooks/use-reports.ts';

/** The annual plan, section by section: edit, regenerate from the data, download DOCX or PDF. */
export function PlanEditorPage() {
  const { year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const { t } = useTranslation();
  const plan = usePlan(year);
  return (
    <>
      <Anchor
        component={Link}
        to="/reports"
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('reports.title')}
      </Anchor>
      <QueryState isPending={plan.isPending} error={plan.error} onRetry={() => void plan.refetch()}>
        {plan.data && <PlanBody plan={plan.data} />}
      </QueryState>
    </>
  );
}

function PlanBody({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const manage = can(actor, 'report.manage');
  const download = (format: 'docx' | 'pdf') =>
    void downloadFile(`/api/plans/${plan.year}/document.${format}`, `Ke-hoach-${plan.year}.${format}`);
  return (
    <Stack mt="xs">
      <PageHeader
        title={t('reports.plans.name', { year: plan.year })}
        intro={t('reports.plans.intro')}
        actions={
          <Group gap="xs">
            {(['docx', 'pdf'] as const).map((format) => (
              <Button
                key={format}
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download(format)}
                data-testid={`plan-download-${format}`}
              >
                {format.toUpperCase()}
              </Button>
            ))}
          </Group>
        }
      />
      {plan.sections.map((s) => (
        <SectionEditor key={s.key} year={plan.year} section={s} manage={manage} />
      ))}
    </Stack>
  );
}

function SectionEditor({ year, section, manage }: { year: number; section: PlanSection; manage: boolean }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const save = useSaveSection(year);
  const regenerate = useRegenerateSection(year);
  const [body, setBody] = useState(section.body);
  useEffect(() => setBody(section.body), [section.body]);
  const changed = body !== section.body;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid={`plan-section-${section.key}`}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h5">
          {label(section.label)}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color={section.source === 'edited' ? 'blue' : 'gray'}>
            {t(`reports.plans.source.${section.source}`)} · v{section.version}
          </Badge>
          <Text size="xs" c="dimmed">
            {section.editedBy ?? ''} {formatDateTimeVi(section.at)}
          </Text>
        </Group>
      </Group>
      {manage ? (
        <>
          <Textarea
            aria-label={label(section.label)}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={24}
            maxLength={60000}
            styles={{ input: { fontFamily: 'inherit' } }}
          />
          <Group justify="flex-end" mt="xs" gap="xs">
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={regenerate.isPending}
              onClick={() =>
                regenerate.mutate(section.key, {
                  onSuccess: () => notifySuccess(t('reports.plans.regenerated')),
                })
              }
            >
              {t('reports.plans.regenerate')}
            </Button>
            <Button
              disabled={!changed}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { key: section.key, input: { body, baseVersion: section.version } },
                  { onSuccess: () => notifySuccess(t('common.saved')) },
                )
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {section.body}
        </Text>
      )}
    </Paper>
  );
}
