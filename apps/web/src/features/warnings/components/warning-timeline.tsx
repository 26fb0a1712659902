import { Paper, Text, Timeline, Title } from '@mantine/core';
import {
  TARGET_STATUS_LABELS,
  type TargetStatus,
  WARNING_TIMELINE_LABELS,
} from '@ungcuu/domain/warnings/warning.ts';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useWarningTimeline } from '../hooks/use-warnings.ts';

/** The warning's record: every step, who and when. */
export function WarningTimeline({ warningId }: { warningId: string }) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const timeline = useWarningTimeline(warningId);
  const text = (event: string, data: Record<string, unknown> | null) => {
    const template = WARNING_TIMELINE_LABELS[event] ? label(WARNING_TIMELINE_LABELS[event]) : event;
    return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const v = data?.[key];
      if (key === 'outcome' && typeof v === 'string' && v in TARGET_STATUS_LABELS)
        return label(TARGET_STATUS_LABELS[v as TargetStatus]);
      return v === undefined || v === null ? '' : String(v);
    });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('warnings.timeline')}
      </Title>
      <QueryState
        isPending={timeline.isPending}
        error={timeline.error}
        onRetry={() => void timeline.refetch()}
      >
        <Timeline bulletSize={12} lineWidth={2}>
          {timeline.data?.items.map((e) => (
            <Timeline.Item key={e.id} title={text(e.event, e.data)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at, locale)}
                {e.unitName ? ` · ${e.unitName}` : ''}
                {e.actorLabel ? ` · ${e.actorLabel}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </QueryState>
    </Paper>
  );
}
