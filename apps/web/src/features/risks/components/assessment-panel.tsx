import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import {
  ASSESSMENT_QUESTIONS,
  ASSESSMENT_SECTION_LABELS,
  ASSESSMENT_SECTIONS,
  type AssessmentAnswer,
  type AssessmentAnswers,
  isValidAnswer,
} from '@ungcuu/domain/risks/assessment.ts';
import { SECURITY_LEVEL_INFO } from '@ungcuu/domain/systems/system.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import type { SystemView } from '../../systems/system-types.ts';
import { useAssessment, useSaveAssessment } from '../hooks/use-risks.ts';
import { AnswerInput } from './answer-input.tsx';
import { SuggestedRisks } from './suggested-risks.tsx';

const same = (a: AssessmentAnswer | undefined, b: AssessmentAnswer | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The four assessments of seed II.2 as plain questions. Answers start from the defaults of the
 * system's level (marked as such); current-state questions have none, so the unit checks them itself.
 */
export function AssessmentPanel({ system }: { system: SystemView }) {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const view = useAssessment(system.id);
  const save = useSaveAssessment(system.id);
  const [answers, setAnswers] = useState<AssessmentAnswers>({});
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (view.data && !dirty) setAnswers(view.data.answers);
  }, [view.data, dirty]);
  const v = view.data;
  const mayManage = !!v?.allowedActions.includes('risk.manage');
  const answered = ASSESSMENT_QUESTIONS.filter((q) => {
    const a = answers[q.key];
    return a !== undefined && isValidAnswer(q, a);
  }).length;
  const total = ASSESSMENT_QUESTIONS.length;
  const set = (key: string, value: AssessmentAnswer | undefined) => {
    setDirty(true);
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  };
  const submit = (complete: boolean) =>
    save.mutate(
      { answers, complete },
      {
        onSuccess: () => {
          setDirty(false);
          notifySuccess(complete ? t('risks.assessment.completed') : t('risks.assessment.saved'));
        },
      },
    );
  return (
    <QueryState isPending={view.isPending} error={view.error} onRetry={() => void view.refetch()}>
      {v && (
        <Stack data-testid="assessment">
          <Paper withBorder p="md">
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Group gap="xs">
                  <Badge color={v.status === 'completed' ? 'teal' : v.status === 'draft' ? 'blue' : 'gray'}>
                    {t(`risks.assessment.status.${v.status}`)}
                  </Badge>
                  {v.assessedAt && (
                    <Text size="xs" c="dimmed">
                      {t('risks.assessment.lastSaved', { at: formatDateTime(v.assessedAt, locale) })}
                    </Text>
                  )}
                </Group>
                <Text size="sm">
                  {t('risks.assessment.intro', {
                    level: label(SECURITY_LEVEL_INFO[system.securityLevel].label),
                  })}
                </Text>
              </Stack>
              <Stack gap={2} w={220}>
                <Text size="xs" c="dimmed">
                  {t('risks.assessment.progress', { answered, total })}
                </Text>
                <Progress
                  value={(100 * answered) / total}
                  aria-label={t('risks.assessment.progress', { answered, total })}
                />
              </Stack>
            </Group>
          </Paper>
          {ASSESSMENT_SECTIONS.map((section, index) => (
            <Paper withBorder p="md" key={section}>
              <Title order={3} size="h5" mb="sm">
                {index + 1}. {label(ASSESSMENT_SECTION_LABELS[section])}
              </Title>
              <Stack gap="md">
                {ASSESSMENT_QUESTIONS.filter((q) => q.section === section).map((q) => {
                  const isDefault = q.key in v.defaults && same(answers[q.key], v.defaults[q.key]);
                  return (
                    <Stack key={q.key} gap={6} data-testid={`question-${q.key}`}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Text size="sm" fw={500} style={{ flex: 1 }}>
                          {label(q.question)}
                        </Text>
                        {isDefault && (
                          <Badge size="xs" variant="outline" color="gray" style={{ flex: 'none' }}>
                            {t('risks.assessment.default')}
                          </Badge>
                        )}
                      </Group>
                      {q.help && (
                        <Text size="xs" c="dimmed">
                          {label(q.help)}
                        </Text>
                      )}
                      <AnswerInput
                        question={q}
                        value={answers[q.key]}
                        onChange={(value) => set(q.key, value)}
                        disabled={!mayManage}
                      />
                    </Stack>
                  );
                })}
              </Stack>
            </Paper>
          ))}
          {mayManage && (
            <Group>
              <Button
                variant="light"
                loading={save.isPending && !save.variables?.complete}
                onClick={() => submit(false)}
              >
                {t('risks.assessment.saveDraft')}
              </Button>
              <Button
                disabled={answered < total}
                loading={save.isPending && !!save.variables?.complete}
                onClick={() => submit(true)}
              >
                {t('risks.assessment.complete')}
              </Button>
              {answered < total && (
                <Text size="xs" c="dimmed">
                  {t('risks.assessment.remaining', { count: total - answered })}
                </Text>
              )}
            </Group>
          )}
          {dirty && (
            <Alert color="blue" variant="light">
              {t('risks.assessment.unsaved')}
            </Alert>
          )}
          <Paper withBorder p="md">
            <SuggestedRisks view={v} mayManage={mayManage} />
            {v.suggestedRisks.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('risks.assessment.noSuggestions')}
              </Text>
            )}
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
