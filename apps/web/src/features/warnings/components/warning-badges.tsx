import { Badge } from '@mantine/core';
import {
  TARGET_STATUS_LABELS,
  type TargetStatus,
  type TlpLevel,
  WARNING_SEVERITY_LABELS,
  type WarningSeverity,
} from '@ungcuu/domain/warnings/warning.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

const SEVERITY_COLOR: Record<WarningSeverity, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export function SeverityBadge({ severity }: { severity: WarningSeverity }) {
  const { label } = useLocale();
  return (
    <Badge color={SEVERITY_COLOR[severity]} variant="light">
      {label(WARNING_SEVERITY_LABELS[severity])}
    </Badge>
  );
}

/** TLP 2.0 colours on black, as FIRST prints them. */
const TLP_COLOR: Record<TlpLevel, string> = {
  CLEAR: '#ffffff',
  GREEN: '#33ff00',
  AMBER: '#ffc000',
  'AMBER+STRICT': '#ffc000',
  RED: '#ff2b2b',
};

export function TlpBadge({ tlp }: { tlp: TlpLevel }) {
  return (
    <Badge color="dark" style={{ color: TLP_COLOR[tlp] }} variant="filled">
      TLP:{tlp}
    </Badge>
  );
}

const STATUS_COLOR: Record<TargetStatus, string> = {
  sent: 'gray',
  acknowledged: 'blue',
  done: 'teal',
  not_applicable: 'grape',
  cannot_do: 'orange',
};

export function TargetStatusBadge({ status, overdue }: { status: TargetStatus; overdue?: boolean }) {
  const { label } = useLocale();
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLOR[status]} variant="light" data-status={status}>
        {label(TARGET_STATUS_LABELS[status])}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" ml={4} data-overdue="true">
          {t('warnings.overdue')}
        </Badge>
      )}
    </>
  );
}
