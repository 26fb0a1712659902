import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import {
  APPROVAL_STATUS_LABELS,
  type ApprovalStatus,
  SECURITY_LEVEL_INFO,
  type SecurityLevelOrUnclassified,
} from '@ungcuu/domain/systems/system.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

const LEVEL_COLOR: Record<SecurityLevelOrUnclassified, string> = {
  1: 'gray',
  2: 'blue',
  3: 'yellow',
  4: 'orange',
  5: 'red',
  unclassified: 'grape',
};

/** "Cấp độ 3", coloured by harm; the tooltip says what the level means (Luật ATTTM Điều 21). */
export function LevelBadge({
  level,
  size = 'sm',
}: {
  level: SecurityLevelOrUnclassified;
  size?: BadgeProps['size'];
}) {
  const { label } = useLocale();
  const info = SECURITY_LEVEL_INFO[level];
  return (
    <Tooltip label={label(info.harm)} multiline w={320} withArrow>
      <Badge color={LEVEL_COLOR[level]} variant="light" size={size} style={{ whiteSpace: 'nowrap' }}>
        {label(info.label)}
      </Badge>
    </Tooltip>
  );
}

export function ApprovalBadge({ status }: { status: ApprovalStatus }) {
  const { label } = useLocale();
  const color = status === 'approved' ? 'teal' : status === 'submitted' ? 'blue' : 'gray';
  return (
    <Badge color={color} variant="outline" size="xs">
      {label(APPROVAL_STATUS_LABELS[status])}
    </Badge>
  );
}

export function CriticalBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" size="xs">
      {t('systems.nationalCritical')}
    </Badge>
  );
}
