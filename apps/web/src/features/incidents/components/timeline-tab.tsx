import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { IconPencil, IconPoint } from '@tabler/icons-react';
import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { type IncidentState, STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIER_LABELS, type Tier } from '@ungcuu/domain/incidents/severity.ts';
import { isSubtype, SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { LongList } from '../../../components/long-list.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { fromLocalInput, toLocalInput } from '../datetime.ts';
import { useAddTimelineEntry } from '../hooks/use-incident-work.ts';
import type { IncidentDetail, TimelineItem } from '../incident-types.ts';

/** An automatic entry in words, with its facts (state names, subtype, file, recipient…) filled in. */
function useDescribe() {
  const { t, i18n } = useTranslation();
  const { label } = useLocale();
  return (item: TimelineItem): string => {
    const d = item.data ?? {};
    const str = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
    const state = (key: string) => {
      const v = str(key) as IncidentState;
      return STATE_LABELS[v] ? label(STATE_LABELS[v]) : v;
    };
    const tier = (key: string) => {
      const v = str(key) as Tier;
      return TIER_LABELS[v] ? `${v} · ${label(TIER_LABELS[v])}` : v;
    };
    const subtype = str('subtype');
    const values = {
      from: item.event === 'state_changed' ? state('from') : tier('from'),
      to: item.event === 'state_changed' ? state('to') : tier('to'),
      subtype: isSubtype(subtype) ? label(SUBTYPE_LABELS[subtype]) : subtype,
      filename: str('filename'),
      unit: str('toUnitName'),
      code: str('code'),
      title: d.title && typeof d.title === 'object' ? label(d.title as LocalizedText) : str('title'),
      reason: str('reason'),
      note: str('note'),
    };
    const key = `incidents.events.${item.event}`;
    // Events added to the server later show their code until they get a text here.
    return i18n.exists(key) ? String(t(key as never, values as never)) : item.event;
  };
}

function ManualEntryForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const add = useAddTimelineEntry(incidentId);
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [text, setText] = useState('');
  const iso = fromLocalInput(at);
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!iso || text.trim().length < 2) return;
          add.mutate(
            { at: iso, text: text.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('incidents.timeline.added'));
                setText('');
                setAt(toLocalInput(new Date()));
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('incidents.timeline.addTitle')}
          </Text>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              type="datetime-local"
              label={t('incidents.timeline.at')}
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              style={{ flex: '0 1 14rem' }}
              error={iso ? null : t('errors.required')}
            />
            <Textarea
              label={t('incidents.timeline.text')}
              placeholder={t('incidents.timeline.textPlaceholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={5000}
              style={{ flex: '1 1 18rem' }}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" size="xs" loading={add.isPending} disabled={!iso || text.trim().length < 2}>
              {t('incidents.timeline.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Diễn biến: what happened and what was done, in time order; people add entries with their own time. */
export function TimelineTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const describe = useDescribe();
  const canAdd = incident.allowedActions.includes('incident.update');
  return (
    <Stack gap="md">
      {canAdd && <ManualEntryForm incidentId={incident.id} />}
      {incident.timeline.length === 0 ? (
        <Text c="dimmed">{t('incidents.timeline.empty')}</Text>
      ) : (
        <LongList
          items={incident.timeline}
          estimate={56}
          frame={(rows, padding) => (
            <Timeline
              bulletSize={20}
              lineWidth={2}
              data-testid="timeline"
              style={{ paddingTop: padding.top, paddingBottom: padding.bottom }}
            >
              {rows}
            </Timeline>
          )}
          row={(item, index, measure) => (
            <Timeline.Item
              key={String(item.id)}
              ref={measure}
              data-index={index}
              bullet={
                item.kind === 'manual' ? (
                  <IconPencil size={12} aria-hidden />
                ) : (
                  <IconPoint size={12} aria-hidden />
                )
              }
              title={
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {item.kind === 'manual' ? item.text : describe(item)}
                  </Text>
                  {item.kind === 'manual' && (
                    <Badge size="xs" variant="light" color="grape" style={{ textTransform: 'none' }}>
                      {t('incidents.timeline.manual')}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(item.at, locale)} · {item.actorName ?? item.actorLabel}
              </Text>
            </Timeline.Item>
          )}
        />
      )}
    </Stack>
  );
}
