import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { CAUSE_GROUP_LABELS, SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import {
  FOLLOWUP_STATUS_LABELS,
  FOLLOWUP_STATUSES,
  type FollowupStatus,
} from '@ungcuu/domain/lessons/lessons.ts';
import type { RiskView } from '@ungcuu/domain/risks/risk-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet, notifySuccess } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import {
  useAddFollowup,
  useLinkRisk,
  useRemoveFollowup,
  useUnlinkRisk,
  useUpdateFollowup,
} from '../hooks/use-lessons.ts';
import type { LessonView } from '../lessons-types.ts';

/** Who the lesson came from: the incident when the reader may see it, else "một đơn vị". */
export function LessonSource({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Text size="xs" c="dimmed">
      {lesson.full && lesson.incidentCode ? (
        <Link to={`/incidents/${lesson.id}`}>{lesson.incidentCode}</Link>
      ) : (
        t('lessons.redacted')
      )}{' '}
      · {lesson.unitName ?? t('lessons.someUnit')} · {t('lessons.closedAt')}{' '}
      {lesson.closedAt ? formatDateTime(lesson.closedAt, locale) : '—'}
    </Text>
  );
}

function RiskLinks({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const manage = lesson.allowedActions.includes('lesson.manage');
  const link = useLinkRisk(lesson.id);
  const unlink = useUnlinkRisk(lesson.id);
  const [riskId, setRiskId] = useState<string | null>(null);
  const options = useQuery({
    queryKey: ['lessons', 'risk-options'],
    queryFn: ({ signal }) => apiGet<Page<RiskView>>('/api/risks', { limit: 200, offset: 0 }, signal),
    enabled: manage,
  });
  const linked = new Set(lesson.risks.map((r) => r.id));
  return (
    <Stack gap="xs">
      <Title order={3} size="h6">
        {t('lessons.risks.title')}
      </Title>
      {lesson.risks.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('lessons.risks.none')}
        </Text>
      )}
      {lesson.risks.map((r) => (
        <Group key={r.id} gap="xs" wrap="nowrap">
          <Badge variant="light">{r.score}</Badge>
          <Text size="sm" style={{ flex: 1 }}>
            {r.systemName} —{' '}
            {label(
              SUBTYPE_LABELS[r.subtype as keyof typeof SUBTYPE_LABELS] ?? { vi: r.subtype, en: r.subtype },
            )}
          </Text>
          {manage && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('lessons.risks.unlink')}
              onClick={() =>
                unlink.mutate(r.id, { onSuccess: () => notifySuccess(t('lessons.risks.unlinked')) })
              }
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {manage && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('lessons.risks.pick')}
            data={(options.data?.items ?? [])
              .filter((r) => !linked.has(r.id))
              .map((r) => ({
                value: r.id,
                label: `${r.systemName} — ${label(SUBTYPE_LABELS[r.subtype])} (${r.score})`,
              }))}
            value={riskId}
            onChange={setRiskId}
            searchable
            style={{ flex: '1 1 16rem' }}
          />
          <Button
            disabled={!riskId}
            loading={link.isPending}
            onClick={() =>
              riskId &&
              link.mutate(riskId, {
                onSuccess: () => {
                  notifySuccess(t('lessons.risks.linked'));
                  setRiskId(null);
                },
              })
            }
          >
            {t('lessons.risks.link')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Followups({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const manage = lesson.allowedActions.includes('lesson.manage');
  const add = useAddFollowup(lesson.id);
  const update = useUpdateFollowup();
  const remove = useRemoveFollowup();
  const [action, setAction] = useState('');
  const [doneBy, setDoneBy] = useState('');
  const statusData = FOLLOWUP_STATUSES.map((s) => ({ value: s, label: label(FOLLOWUP_STATUS_LABELS[s]) }));
  return (
    <Stack gap="xs" data-testid="lesson-followups">
      <Title order={3} size="h6">
        {t('lessons.followups.title')}
      </Title>
      {lesson.followups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('lessons.followups.none')}
        </Text>
      )}
      {lesson.followups.map((f) => (
        <Paper key={f.id} withBorder p="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm">{f.action}</Text>
              <Text size="xs" c="dimmed">
                {f.doneBy ?? (lesson.full ? '' : t('lessons.someUnit'))}
                {f.dueOn ? ` · ${t('lessons.followups.due', { day: formatDay(f.dueOn) })}` : ''}
                {f.doneOn ? ` · ${t('lessons.followups.doneOn', { day: formatDay(f.doneOn) })}` : ''}
              </Text>
            </Stack>
            {manage ? (
              <Group gap={4} wrap="nowrap">
                <Select
                  aria-label={t('lessons.followups.status')}
                  data={statusData}
                  value={f.status}
                  allowDeselect={false}
                  size="xs"
                  w={150}
                  onChange={(v) =>
                    v &&
                    update.mutate({
                      id: f.id,
                      version: f.version,
                      patch: { status: v as FollowupStatus },
                    })
                  }
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('lessons.followups.remove')}
                  onClick={() => remove.mutate(f.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ) : (
              <Badge variant="light">{label(FOLLOWUP_STATUS_LABELS[f.status])}</Badge>
            )}
          </Group>
        </Paper>
      ))}
      {manage && (
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('lessons.followups.action')}
            value={action}
            maxLength={2000}
            onChange={(e) => setAction(e.currentTarget.value)}
            style={{ flex: '2 1 16rem' }}
          />
          <TextInput
            label={t('lessons.followups.doneBy')}
            value={doneBy}
            maxLength={200}
            onChange={(e) => setDoneBy(e.currentTarget.value)}
            style={{ flex: '1 1 10rem' }}
          />
          <Button
            disabled={!action.trim()}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { action: action.trim(), ...(doneBy.trim() ? { doneBy: doneBy.trim() } : {}) },
                {
                  onSuccess: () => {
                    notifySuccess(t('lessons.followups.added'));
                    setAction('');
                    setDoneBy('');
                  },
                },
              )
            }
          >
            {t('lessons.followups.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** One lesson: what was learned, the cause and actions, the risks it touches and what changed. */
export function LessonDetail({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Stack data-testid="lesson-detail">
      <LessonSource lesson={lesson} />
      {lesson.title && (
        <Title order={2} size="h4">
          {lesson.title}
        </Title>
      )}
      <Group gap="xs">
        {lesson.causeGroup && <Badge variant="light">{label(CAUSE_GROUP_LABELS[lesson.causeGroup])}</Badge>}
        {lesson.subtype && <Badge variant="outline">{label(SUBTYPE_LABELS[lesson.subtype])}</Badge>}
        <Badge color="gray">{lesson.tier}</Badge>
      </Group>
      {!lesson.full && (
        <Text size="xs" fs="italic" c="dimmed">
          {t('lessons.redactedNote')}
        </Text>
      )}
      <div>
        <Text size="sm" fw={600}>
          {t('lessons.fields.lessons')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lesson.lessons}
        </Text>
      </div>
      {lesson.causeSummary && (
        <div>
          <Text size="sm" fw={600}>
            {t('lessons.fields.cause')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {lesson.causeSummary}
          </Text>
        </div>
      )}
      {lesson.actionsTaken && (
        <div>
          <Text size="sm" fw={600}>
            {t('lessons.fields.actions')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {lesson.actionsTaken}
          </Text>
        </div>
      )}
      <RiskLinks lesson={lesson} />
      <Followups lesson={lesson} />
    </Stack>
  );
}
