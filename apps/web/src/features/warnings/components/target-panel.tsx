import { Button, FileButton, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconPaperclip } from '@tabler/icons-react';
import {
  TARGET_OUTCOMES,
  TARGET_STATUS_LABELS,
  type TargetOutcome,
} from '@ungcuu/domain/warnings/warning.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useRespond, useUploadWarningFile, useWarningAction } from '../hooks/use-warnings.ts';
import type { WarningDetail } from '../warning-types.ts';
import { TargetStatusBadge } from './warning-badges.tsx';

/** The unit's own side of a warning: its systems that match, acknowledge, report with a note and evidence. */
export function TargetPanel({ warning }: { warning: WarningDetail }) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const target = warning.myTarget!;
  const act = useWarningAction(warning.id);
  const respond = useRespond(warning.id);
  const upload = useUploadWarningFile(warning.id);
  const [outcome, setOutcome] = useState<TargetOutcome>('done');
  const [note, setNote] = useState(target.note ?? '');
  const mayRespond = warning.allowedActions.includes('warning.respond');
  return (
    <Paper withBorder p="md" data-testid="target-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('warnings.target.title')}
          </Title>
          <TargetStatusBadge status={target.status} overdue={target.overdue} />
        </Group>
        {target.matchedSystems.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t('warnings.target.matched')}
            </Text>
            {target.matchedSystems.map((s) => (
              <Text size="sm" key={s.systemId}>
                {s.systemName}: {s.vendor} {s.product} {s.version ?? ''} ({s.versionRange})
              </Text>
            ))}
          </div>
        )}
        {target.acknowledgedAt && (
          <Text size="xs" c="dimmed">
            {t('warnings.target.acknowledgedAt', { at: formatDateTime(target.acknowledgedAt, locale) })}
          </Text>
        )}
        {warning.allowedActions.includes('warning.acknowledge') && (
          <Button
            leftSection={<IconCheck size={16} aria-hidden />}
            loading={act.isPending}
            onClick={() =>
              act.mutate('acknowledge', { onSuccess: () => notifySuccess(t('warnings.target.acknowledged')) })
            }
            style={{ alignSelf: 'flex-start' }}
          >
            {t('warnings.target.acknowledge')}
          </Button>
        )}
        {mayRespond && (
          <Stack gap="xs">
            <Select
              label={t('warnings.target.outcome')}
              data={TARGET_OUTCOMES.map((o) => ({ value: o, label: label(TARGET_STATUS_LABELS[o]) }))}
              value={outcome}
              onChange={(v) => v && setOutcome(v as TargetOutcome)}
              allowDeselect={false}
              data-testid="outcome-select"
            />
            <Textarea
              label={t('warnings.target.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={5000}
              autosize
              minRows={2}
            />
            <FormError error={respond.error ?? upload.error} />
            <Group>
              <Button
                loading={respond.isPending}
                onClick={() =>
                  respond.mutate(
                    { outcome, ...(note.trim() ? { note: note.trim() } : {}) },
                    { onSuccess: () => notifySuccess(t('warnings.target.reported')) },
                  )
                }
              >
                {t('warnings.target.report')}
              </Button>
              <FileButton
                onChange={(f) =>
                  f && upload.mutate(f, { onSuccess: () => notifySuccess(t('warnings.files.added')) })
                }
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    leftSection={<IconPaperclip size={16} aria-hidden />}
                    loading={upload.isPending}
                  >
                    {t('warnings.files.addEvidence')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
