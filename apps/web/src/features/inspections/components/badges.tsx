import { Badge, type BadgeProps, Group, Text } from '@mantine/core';
import type { InspectionAnswer } from '@ungcuu/domain/inspections/remediation.ts';
import { SEVERITY_LABELS, type Severity } from '@ungcuu/domain/inspections/template.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import type { InspectionResult, InspectionStatus } from '../inspection-types.ts';

const STATUS_COLOR: Record<InspectionStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  completed: 'teal',
};
const ANSWER_COLOR: Record<InspectionAnswer, string> = {
  yes: 'teal',
  partial: 'yellow',
  no: 'red',
  not_applicable: 'gray',
};
const SEVERITY_COLOR: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'gray' };

export function StatusBadge({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`inspections.statuses.${status}`)}
    </Badge>
  );
}

export function AnswerBadge({
  answer,
  size = 'sm',
}: {
  answer: InspectionAnswer | null;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  if (!answer)
    return (
      <Badge color="gray" variant="outline" size={size}>
        {t('inspections.answers.none')}
      </Badge>
    );
  return (
    <Badge color={ANSWER_COLOR[answer]} variant="light" size={size}>
      {t(`inspections.answers.${answer}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: string }) {
  const { label } = useLocale();
  const s = (severity in SEVERITY_LABELS ? severity : 'low') as Severity;
  return (
    <Badge color={SEVERITY_COLOR[s]} variant="outline" size="xs">
      {label(SEVERITY_LABELS[s])}
    </Badge>
  );
}

/** "85% · đạt 10, không đạt 2, một phần 1, không áp dụng 3, chưa đánh giá 0". */
export function ResultLine({ result }: { result: InspectionResult }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={600}>
        {result.compliancePercent === null ? t('common.none') : `${result.compliancePercent}%`}
      </Text>
      <Text size="xs" c="dimmed">
        {t('inspections.result.line', {
          passed: result.passed,
          failed: result.failed,
          partial: result.partial,
          na: result.na,
          unanswered: result.unanswered,
        })}
      </Text>
    </Group>
  );
}
