import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { IncidentPatch } from '@ungcuu/domain/incidents/schemas.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { usePatchIncident } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';

const FIELDS = ['causeSummary', 'actionsTaken', 'lessonsLearned'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

const draftOf = (i: IncidentDetail): Draft => ({
  causeSummary: i.causeSummary ?? '',
  actionsTaken: i.actionsTaken ?? '',
  lessonsLearned: i.lessonsLearned ?? '',
});

/**
 * Kết quả xử lý: cause, actions taken, lessons learned. Containment needs the actions, closing needs
 * all three (they are the body of the final report, Mẫu 04).
 */
export function OutcomePanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const patch = usePatchIncident(incident.id);
  const editable = incident.allowedActions.includes('incident.update') && incident.state !== 'closed';
  const [draft, setDraft] = useState<Draft>(() => draftOf(incident));
  const saved = draftOf(incident);
  const savedKey = JSON.stringify(saved);
  const previous = useRef<Draft>(saved);
  // Follow the server's values (another person may have saved) for the fields not being edited.
  useEffect(() => {
    const next = JSON.parse(savedKey) as Draft;
    const before = previous.current;
    setDraft((d) => {
      const merged = { ...d };
      for (const f of FIELDS) if (d[f] === before[f]) merged[f] = next[f];
      return merged;
    });
    previous.current = next;
  }, [savedKey]);
  const changed = FIELDS.filter((f) => draft[f] !== saved[f]);

  const save = () => {
    const body: IncidentPatch = {};
    for (const f of changed) body[f] = draft[f].trim() || null;
    patch.mutate(body, { onSuccess: () => notifySuccess(t('common.saved')) });
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="outcome">
      <Title order={2} size="h5" mb={4}>
        {t('incidents.outcome.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('incidents.outcome.intro')}
      </Text>
      <Stack gap="sm">
        {FIELDS.map((f) =>
          editable ? (
            <Textarea
              key={f}
              label={t(`incidents.outcome.${f}`)}
              description={t(`incidents.outcome.${f}Hint`)}
              value={draft[f]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [f]: value }));
              }}
              autosize
              minRows={2}
              maxRows={12}
              maxLength={10_000}
              data-testid={`outcome-${f}`}
            />
          ) : (
            <div key={f}>
              <Text size="sm" fw={600}>
                {t(`incidents.outcome.${f}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={saved[f] ? undefined : 'dimmed'}>
                {saved[f] || t('incidents.outcome.empty')}
              </Text>
            </div>
          ),
        )}
        {editable && (
          <Group justify="flex-end">
            <Button
              onClick={save}
              disabled={changed.length === 0}
              loading={patch.isPending}
              data-testid="outcome-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
