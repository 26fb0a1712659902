import { Badge, type MantineColor, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { type IncidentState, STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIER_LABELS, type Tier } from '@ungcuu/domain/incidents/severity.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import type { TaskStatus } from '../incident-types.ts';

export const TIER_COLORS: Record<Tier, MantineColor> = {
  T0: 'gray',
  T1: 'blue',
  T2: 'yellow',
  T3: 'orange',
  T4: 'red',
};

const STATE_COLORS: Record<IncidentState, MantineColor> = {
  new: 'blue',
  triaged: 'cyan',
  responding: 'orange',
  contained: 'yellow',
  recovered: 'teal',
  closed: 'green',
  rejected: 'gray',
  duplicate: 'gray',
  merged: 'gray',
};

const TASK_COLORS: Record<TaskStatus, MantineColor> = {
  open: 'blue',
  accepted: 'cyan',
  declined: 'red',
  in_progress: 'orange',
  done: 'green',
  cancelled: 'gray',
};

/** Tier code and label; `compact` shows the code only, with the label as tooltip and accessible name. */
export function TierBadge({ tier, compact }: { tier: Tier; compact?: boolean }) {
  const { label } = useLocale();
  const text = label(TIER_LABELS[tier]);
  const badge = (
    <Badge
      color={TIER_COLORS[tier]}
      variant={tier === 'T3' || tier === 'T4' ? 'filled' : 'light'}
      data-testid="tier-badge"
      aria-label={`${tier}: ${text}`}
      style={{ textTransform: 'none' }}
    >
      {compact ? tier : `${tier} · ${text}`}
    </Badge>
  );
  return compact ? <Tooltip label={text}>{badge}</Tooltip> : badge;
}

export function StateBadge({ state }: { state: IncidentState }) {
  const { label } = useLocale();
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant="light"
      data-testid="state-badge"
      style={{ textTransform: 'none' }}
    >
      {label(STATE_LABELS[state])}
    </Badge>
  );
}

export function SeriousBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="outline" style={{ textTransform: 'none' }}>
      {t('incidents.serious')}
    </Badge>
  );
}

export function OverdueBadge({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="red"
      variant="light"
      leftSection={<IconClockExclamation size={12} aria-hidden />}
      data-testid="overdue-badge"
      style={{ textTransform: 'none' }}
    >
      {label ?? t('incidents.overdue')}
    </Badge>
  );
}

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={TASK_COLORS[status]}
      variant="light"
      data-testid="task-status"
      style={{ textTransform: 'none' }}
    >
      {t(`tasks.status.${status}`)}
    </Badge>
  );
}
