import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { MARKER_LABELS, type MarkerKind } from '@ungcuu/domain/monitoring/defacement.ts';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useBaselineDiff, useMonitorAction } from '../hooks/use-monitors.ts';

const STYLE = {
  added: { background: 'var(--mantine-color-green-1)', prefix: '+ ' },
  removed: { background: 'var(--mantine-color-red-1)', prefix: '− ' },
  same: { background: 'transparent', prefix: '  ' },
  skipped: { background: 'transparent', prefix: '' },
} as const;

type Part = { op: keyof typeof STYLE; lines: string[] };

/** One row per line; the diff is read once per render, so its position is a stable key. */
function diffRows(parts: Part[]) {
  let n = 0;
  return parts.flatMap((part) => part.lines.map((text) => ({ key: `l${n++}`, op: part.op, text })));
}

/** The baseline against the last page seen, and the approval of the new baseline by a person who read it. */
export function DiffView({
  monitorId,
  version,
  checkedAt,
  canApprove,
}: {
  monitorId: string;
  version: number;
  checkedAt: string | null;
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const diff = useBaselineDiff(monitorId, checkedAt);
  const action = useMonitorAction();
  const [confirm, confirmElement] = useConfirm();
  if (!diff.data) return null;
  const d = diff.data;
  // Approving a page that still carries attack markers would silence the alarm: ask once more.
  const approve = async () => {
    if (
      d.markers.length > 0 &&
      !(await confirm(t('monitoring.approveMarked'), t('monitoring.approveBaseline')))
    )
      return;
    action.mutate({ id: monitorId, action: 'approve-baseline', version });
  };
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
          {diffRows(d.parts).map((row) =>
            row.op === 'skipped' ? (
              <Text key={row.key} c="dimmed" size="xs">
                {t('monitoring.diffSkipped', { count: Number(row.text) })}
              </Text>
            ) : (
              <div key={row.key} style={{ background: STYLE[row.op].background, whiteSpace: 'pre-wrap' }}>
                {STYLE[row.op].prefix}
                {row.text}
              </div>
            ),
          )}
        </Paper>
      )}
      {canApprove && d.changed && (
        <Group>
          <Button color="orange" loading={action.isPending} onClick={() => void approve()}>
            {t('monitoring.approveBaseline')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('monitoring.approveHint')}
          </Text>
        </Group>
      )}
      <FormError error={action.error} />
      {confirmElement}
    </Stack>
  );
}
