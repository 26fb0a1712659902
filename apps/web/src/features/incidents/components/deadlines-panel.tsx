import {
  Badge,
  Button,
  Group,
  type MantineColor,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { DeadlineStatus } from '@ungcuu/domain/incidents/deadlines.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { fromLocalInput, splitDuration, toLocalInput, useNow } from '../datetime.ts';
import { useDeadlineDone } from '../hooks/use-incidents.ts';
import type { Deadline, IncidentDetail } from '../incident-types.ts';

const STATUS_COLORS: Record<DeadlineStatus, MantineColor> = {
  done: 'teal',
  waived: 'gray',
  ok: 'blue',
  due_soon: 'orange',
  due_now: 'red',
  overdue: 'red',
};

function useDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const { days, hours, minutes } = splitDuration(ms);
    return days > 0
      ? t('incidents.deadlines.durationDays', { days, hours })
      : t('incidents.deadlines.durationHours', { hours, minutes });
  };
}

/** The server's status, aged on the page: a countdown that crosses zero turns red here too. */
function liveStatus(deadline: Deadline, remaining: number): DeadlineStatus {
  if (deadline.doneAt) return 'done';
  if (deadline.waived) return 'waived';
  if (deadline.immediate) return 'due_now';
  return remaining < 0 ? 'overdue' : deadline.status;
}

function DeadlineRow({ deadline, now, onDone }: { deadline: Deadline; now: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const duration = useDuration();
  // A finished incident's clocks stopped when it ended; a live one ages with the page.
  const at = deadline.clockStoppedAt ? Math.min(now, new Date(deadline.clockStoppedAt).getTime()) : now;
  const remaining = new Date(deadline.dueAt).getTime() - at;
  const status = liveStatus(deadline, remaining);
  const color = STATUS_COLORS[status];
  let countdown: string;
  if (status === 'done')
    countdown = t('incidents.deadlines.doneAt', { at: formatDateTime(deadline.doneAt, locale) });
  else if (status === 'waived')
    countdown = t('incidents.deadlines.waivedBecause', { reason: deadline.waived?.reason ?? '' });
  else if (status === 'due_now')
    // "Immediately": due from the moment the report was received; say for how long, never "overdue 0 min".
    countdown =
      remaining <= -60_000
        ? t('incidents.deadlines.dueNowSince', { time: duration(remaining) })
        : t('incidents.deadlines.immediate');
  else if (status === 'overdue')
    countdown = t('incidents.deadlines.overdueBy', { time: duration(remaining) });
  else countdown = t('incidents.deadlines.remaining', { time: duration(remaining) });
  return (
    <Paper
      withBorder
      p="xs"
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
      data-testid="deadline"
      data-status={status}
    >
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {label(deadline.label)}
        </Text>
        <Text size="sm" c={`${color}.8`} fw={600}>
          {countdown}
        </Text>
        <Text size="xs" c="dimmed">
          {t('incidents.deadlines.due', { at: formatDateTime(deadline.dueAt, locale) })}
        </Text>
        <Group gap={4}>
          <Badge size="xs" color={color} variant="light" style={{ textTransform: 'none' }}>
            {t(`incidents.deadlines.status.${status}`)}
          </Badge>
          {deadline.unverified && (
            <Tooltip label={deadline.basis} multiline w={280} withArrow>
              <Badge
                size="xs"
                color="yellow"
                variant="outline"
                leftSection={<IconAlertTriangle size={10} aria-hidden />}
                style={{ textTransform: 'none' }}
                tabIndex={0}
              >
                {t('incidents.deadlines.unverified')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        {!deadline.unverified && (
          <Text size="xs" c="dimmed">
            {deadline.basis}
          </Text>
        )}
        {onDone && status !== 'done' && status !== 'waived' && (
          <Button
            size="compact-xs"
            variant="light"
            onClick={onDone}
            mt={4}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('incidents.deadlines.markDone')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** Legal deadlines of the regime in force (notify in 5 days, 24 h/72 h…) as live countdowns. */
export function DeadlinesPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const now = useNow(30_000);
  const done = useDeadlineDone(incident.id);
  const [marking, setMarking] = useState<Deadline | null>(null);
  const [at, setAt] = useState('');
  // The server offers incident.update only while the incident is being handled.
  const canMark = incident.allowedActions.includes('incident.update');
  const stoppedAt = incident.deadlines.find((d) => d.clockStoppedAt)?.clockStoppedAt ?? null;
  const startMarking = (d: Deadline) => {
    setAt(toLocalInput(new Date()));
    setMarking(d);
  };
  const doneAt = fromLocalInput(at);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="deadlines">
      <Title order={2} size="h5" mb="xs">
        {t('incidents.deadlines.title')}
      </Title>
      {incident.deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.deadlines.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {stoppedAt && (
            <Text size="xs" c="dimmed" data-testid="deadlines-stopped">
              {t('incidents.deadlines.stopped', { at: formatDateTime(stoppedAt, locale) })}
            </Text>
          )}
          {incident.deadlines.map((d) => (
            <DeadlineRow
              key={d.code}
              deadline={d}
              now={now}
              onDone={canMark ? () => startMarking(d) : undefined}
            />
          ))}
        </Stack>
      )}
      <AppModal
        opened={marking !== null}
        onClose={() => setMarking(null)}
        title={marking ? label(marking.label) : ''}
        centered
      >
        <Stack>
          <TextInput
            type="datetime-local"
            label={t('incidents.deadlines.doneAtLabel')}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
            error={doneAt ? null : t('errors.required')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMarking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!doneAt}
              loading={done.isPending}
              onClick={() =>
                marking &&
                doneAt &&
                done.mutate(
                  { code: marking.code, doneAt },
                  {
                    onSuccess: () => {
                      notifySuccess(t('common.saved'));
                      setMarking(null);
                    },
                  },
                )
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Paper>
  );
}
