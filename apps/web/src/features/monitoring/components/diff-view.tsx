import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { MARKER_LABELS, type MarkerKind } from '@ungcuu/domain/monitoring/defacement.ts';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useBaselineDiff, useMonitorAction } from '../hooks/use-monitors.ts';

const STYLE = {
  added: { background: 'var(--mantine-color-green-1)', prefix: '+ ' },
  removed: { background: 'var(--mantine-color-red-1)', prefix: '− ' },
  same: { background: 'transparent', prefix: '  ' },
  skipped: { background: 'transparent', prefix: '' },
} as const;

/** The baseline against the last page seen, and the approval of the new baseline by a person who read it. */
export function DiffView({
  monitorId,
  version,
  canApprove,
}: {
  monitorId: string;
  version: number;
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const diff = useBaselineDiff(monitorId, true);
  const action = useMonitorAction();
  if (!diff.data) return null;
  const d = diff.data;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {d.similarity !== null && (
          <Text size="sm">{t('monitoring.similarity', { value: Math.round(d.similarity * 100) })}</Text>
        )}
        {d.markers.map((m) => (
          <Badge key={`${m.kind}:${m.detail}`} color="red" variant="light">
            {`${MARKER_LABELS[m.kind as MarkerKind] ? label(MARKER_LABELS[m.kind as MarkerKind]) : m.kind}: ${m.detail}`}
          </Badge>
        ))}
      </Group>
      {!d.changed && <Alert color="green">{t('monitoring.diffSame')}</Alert>}
      {d.changed && (
        <Paper
          withBorder
          p="xs"
          style={{ fontFamily: 'monospace', fontSize: 13, maxHeight: 420, overflow: 'auto' }}
        >
          {d.parts.map((part, i) =>
            part.op === 'skipped' ? (
              <Text key={i} c="dimmed" size="xs">
                {t('monitoring.diffSkipped', { count: Number(part.lines[0]) })}
              </Text>
            ) : (
              part.lines.map((line, j) => (
                <div
                  key={`${i}-${j}`}
                  style={{ background: STYLE[part.op].background, whiteSpace: 'pre-wrap' }}
                >
                  {STYLE[part.op].prefix}
                  {line}
                </div>
              ))
            ),
          )}
        </Paper>
      )}
      {canApprove && d.changed && (
        <Group>
          <Button
            color="orange"
            loading={action.isPending}
            onClick={() => action.mutate({ id: monitorId, action: 'approve-baseline', version })}
          >
            {t('monitoring.approveBaseline')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('monitoring.approveHint')}
          </Text>
        </Group>
      )}
      <FormError error={action.error} />
    </Stack>
  );
}
