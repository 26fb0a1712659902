import {
  Checkbox,
  NumberInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { CAUSE_GROUP_LABELS, CAUSE_GROUPS, type CauseGroup } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { AssessmentAnswer, AssessmentQuestion } from '@ungcuu/domain/risks/assessment.ts';
import { IMPACT_MEANINGS, LIKELIHOOD_MEANINGS, type RiskRating } from '@ungcuu/domain/risks/risk-scoring.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

interface Props {
  question: AssessmentQuestion;
  value: AssessmentAnswer | undefined;
  onChange: (value: AssessmentAnswer | undefined) => void;
  disabled?: boolean;
}

/** Options of a 'choices' question, under their cause group when they are threat subtypes. */
function ChoiceGroups({ question, value, onChange, disabled }: Props) {
  const { label } = useLocale();
  const options = question.options ?? [];
  const selected = Array.isArray(value) ? value : [];
  const group = (v: string) => v.split('.')[0] as CauseGroup;
  const grouped = options.every((o) => (CAUSE_GROUPS as readonly string[]).includes(group(o.value)));
  const sets = grouped
    ? CAUSE_GROUPS.map((g) => ({
        title: label(CAUSE_GROUP_LABELS[g]),
        items: options.filter((o) => group(o.value) === g),
      }))
    : [{ title: '', items: options }];
  return (
    <Checkbox.Group value={selected} onChange={(v) => onChange(v)} aria-label={label(question.question)}>
      <SimpleGrid cols={{ base: 1, sm: grouped ? 2 : 3 }} spacing="sm">
        {sets.map((set) => (
          <Stack key={set.title || 'all'} gap={4}>
            {set.title && (
              <Text size="xs" fw={600} c="dimmed">
                {set.title}
              </Text>
            )}
            {set.items.map((o) => (
              <Checkbox key={o.value} value={o.value} label={label(o.label)} disabled={disabled} size="sm" />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The input that fits a question's kind: yes/no, yes/partial/no, 1–5 with meanings, choice(s), number, text. */
export function AnswerInput(props: Props) {
  const { question, value, onChange, disabled } = props;
  const { t } = useTranslation();
  const { label } = useLocale();
  const name = label(question.question);
  switch (question.kind) {
    case 'yes_no':
    case 'yes_partial_no': {
      const choices =
        question.kind === 'yes_no' ? (['yes', 'no'] as const) : (['yes', 'partial', 'no'] as const);
      return (
        <SegmentedControl
          aria-label={name}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          disabled={disabled}
          data={choices.map((c) => ({ value: c, label: t(`risks.assessment.answers.${c}`) }))}
          color={
            value === 'yes' ? 'teal' : value === 'no' ? 'red' : value === 'partial' ? 'yellow' : undefined
          }
          maw={480}
        />
      );
    }
    case 'rating': {
      const meanings = question.scale === 'likelihood' ? LIKELIHOOD_MEANINGS : IMPACT_MEANINGS;
      const chosen = typeof value === 'number' ? meanings[value as RiskRating] : undefined;
      return (
        <Stack gap={4}>
          <SegmentedControl
            aria-label={name}
            value={typeof value === 'number' ? String(value) : ''}
            onChange={(v) => onChange(Number(v))}
            disabled={disabled}
            data={[1, 2, 3, 4, 5].map((r) => ({ value: String(r), label: String(r) }))}
            w="fit-content"
          />
          {chosen && (
            <Text size="xs" c="dimmed">
              <b>{label(chosen.label)}:</b> {label(chosen.meaning)}
            </Text>
          )}
        </Stack>
      );
    }
    case 'choice':
      return (
        <Radio.Group value={typeof value === 'string' ? value : null} onChange={onChange} aria-label={name}>
          <Stack gap={6}>
            {(question.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value} label={label(o.label)} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'choices':
      return <ChoiceGroups {...props} />;
    case 'number':
      return (
        <NumberInput
          aria-label={name}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          disabled={disabled}
          w={160}
        />
      );
    case 'text':
      return (
        <Textarea
          aria-label={name}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={2}
          disabled={disabled}
        />
      );
  }
}
