import { Badge } from '@mantine/core';
import { ALERT_SEVERITY_LABELS, type AlertSeverity } from '@ungcuu/domain/alerts/alert.ts';
import { useLocale } from '../../../i18n/i18n.ts';

const COLORS: Record<AlertSeverity, string> = {
  info: 'gray',
  low: 'blue',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  const { label } = useLocale();
  return (
    <Badge
      color={COLORS[severity]}
      variant={severity === 'critical' ? 'filled' : 'light'}
      style={{ minWidth: 'max-content' }}
    >
      {label(ALERT_SEVERITY_LABELS[severity])}
    </Badge>
  );
}
