import { Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import {
  CAUSE_GROUP_LABELS,
  causeGroupOf,
  SUBTYPE_LABELS,
  type Subtype,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useClassify } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { SubtypeSelect } from './subtype-select.tsx';

function Suggested({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const s = incident.suggestion;
  if (!s) {
    return (
      <Text size="sm" c="dimmed">
        {t('incidents.classification.noSuggestion')}
      </Text>
    );
  }
  const percent = Math.round(s.confidence * 100);
  return (
    <Stack gap={6} data-testid="suggestion">
      <Text size="sm">
        {t('incidents.classification.suggested')}{' '}
        <Text span fw={700} data-testid="suggested-subtype" data-subtype={s.subtype}>
          {label(SUBTYPE_LABELS[s.subtype])}
        </Text>{' '}
        <Text span c="dimmed">
          ({label(CAUSE_GROUP_LABELS[s.causeGroup])})
        </Text>
      </Text>
      <Group gap="xs" wrap="nowrap" maw={360}>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('incidents.classification.confidence', { percent })}
        </Text>
        <Progress
          value={percent}
          color={percent >= 70 ? 'teal' : percent >= 40 ? 'yellow' : 'gray'}
          style={{ flex: 1 }}
          aria-label={t('incidents.classification.confidence', { percent })}
        />
      </Group>
      {s.evidence.length > 0 && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('incidents.classification.evidence')}
          </Text>
          {s.evidence.map((word) => (
            <Badge key={word} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {word}
            </Badge>
          ))}
        </Group>
      )}
      {s.alternatives.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('incidents.classification.alternatives', {
            list: s.alternatives.map((a) => label(SUBTYPE_LABELS[a.subtype])).join('; '),
          })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Phân loại: the classifier's suggestion with its confidence and the words it found, and for those
 * who triage, a control to confirm it or choose another subtype (which attaches that playbook's steps).
 */
export function ClassificationPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const classify = useClassify(incident.id);
  // A closed, rejected or merged incident keeps its class (reopen it first to change it).
  const settled = ['closed', 'rejected', 'duplicate', 'merged'].includes(incident.state);
  const canTriage = incident.allowedActions.includes('incident.triage') && !settled;
  const initial: Subtype | null = incident.subtype ?? incident.suggestion?.subtype ?? null;
  const [choice, setChoice] = useState<Subtype | null>(initial);
  const [changing, setChanging] = useState(false);
  const confirmed = incident.classificationConfirmed && incident.subtype;
  const open = canTriage && (!confirmed || changing);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="classification">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {t('incidents.classification.title')}
        </Title>
        {confirmed && canTriage && !changing && (
          <Button size="xs" variant="subtle" onClick={() => setChanging(true)}>
            {t('incidents.classification.change')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {confirmed && incident.subtype ? (
          <Stack gap={2} data-testid="classification-confirmed">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconCheck
                size={16}
                color="var(--mantine-color-teal-7)"
                aria-hidden
                style={{ flexShrink: 0, marginTop: 4 }}
              />
              <Text fw={600}>{label(SUBTYPE_LABELS[incident.subtype])}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {label(CAUSE_GROUP_LABELS[causeGroupOf(incident.subtype)])}
              {incident.confirmedAt &&
                ` · ${t('incidents.classification.confirmedAt', { at: formatDateTime(incident.confirmedAt, locale) })}`}
            </Text>
          </Stack>
        ) : (
          <Suggested incident={incident} />
        )}
        {open && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <div style={{ flex: '1 1 18rem' }}>
              <SubtypeSelect
                label={t('incidents.classification.subtype')}
                value={choice}
                onChange={setChoice}
                testId="classify-subtype"
              />
            </div>
            <Button
              onClick={() =>
                choice &&
                classify.mutate(choice, {
                  onSuccess: () => {
                    notifySuccess(
                      t('incidents.classification.done', { label: label(SUBTYPE_LABELS[choice]) }),
                    );
                    setChanging(false);
                  },
                })
              }
              disabled={!choice}
              loading={classify.isPending}
              data-testid="classify-confirm"
            >
              {choice && choice === incident.suggestion?.subtype && !confirmed
                ? t('incidents.classification.confirmSuggested')
                : t('incidents.classification.confirm')}
            </Button>
            {changing && (
              <Button variant="default" onClick={() => setChanging(false)}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        )}
        {open && (
          <Text size="xs" c="dimmed">
            {t('incidents.classification.playbookHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
