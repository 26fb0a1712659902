import { Badge } from '@mantine/core';
import type { MonitorStatus } from '@ungcuu/domain/monitoring/monitor.ts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<MonitorStatus, string> = { up: 'green', down: 'red', pending: 'gray', paused: 'yellow' };

export function MonitorStatusBadge({ status }: { status: MonitorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'down' ? 'filled' : 'light'}>
      {t(`monitoring.status.${status}`)}
    </Badge>
  );
}

export const percent = (ratio: number | null) => (ratio === null ? '–' : `${(ratio * 100).toFixed(2)} %`);
