import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Answers, FormIssue, RequestField } from '@ungcuu/domain/requests/request-form.ts';
import { answerIssues } from '@ungcuu/domain/requests/request-form.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  fields: RequestField[];
  initial: Answers;
  busy: boolean;
  onSave: (answers: Answers, submit: boolean) => void;
}

/**
 * A unit's answer to a request, one field under another so that it reads on a phone. The same
 * rules as the server (domain answerIssues) mark a field before anything is sent.
 */
export function AnswerForm({ fields, initial, busy, onSave }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Answers>(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set = (key: string, value: Answers[string]) => setValues({ ...values, [key]: value });
  const errorOf = (f: RequestField) => {
    const issue = issues.find((i) => i.field === f.key);
    if (!issue) return undefined;
    if (issue.problem === 'required') return t('requests.answer.required');
    return t('requests.answer.range', { min: f.min ?? '—', max: f.max ?? '—' });
  };
  const clean = () =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as Answers;
  const save = (submit: boolean) => {
    const answers = clean();
    const found = answerIssues(fields, answers, submit ? 'submit' : 'draft');
    setIssues(found);
    if (found.length === 0) onSave(answers, submit);
  };
  return (
    <form
      data-testid="answer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(true);
      }}
    >
      <Stack gap="sm">
        {fields.map((f) => {
          const common = {
            label: f.label,
            description: f.help,
            required: f.required,
            error: errorOf(f),
            'data-testid': `answer-${f.key}`,
          };
          const value = values[f.key];
          switch (f.type) {
            case 'number':
              return (
                <NumberInput
                  key={f.key}
                  {...common}
                  inputMode="numeric"
                  min={f.min}
                  max={f.max}
                  value={typeof value === 'number' ? value : ''}
                  onChange={(v) => set(f.key, typeof v === 'number' ? v : v === '' ? null : Number(v))}
                />
              );
            case 'yes_no':
              return (
                <Stack key={f.key} gap={4}>
                  <Text size="sm" fw={500}>
                    {f.label}
                    {f.required ? ' *' : ''}
                  </Text>
                  <SegmentedControl
                    data-testid={`answer-${f.key}`}
                    data={[
                      { value: 'yes', label: t('requests.answer.yes') },
                      { value: 'no', label: t('requests.answer.no') },
                    ]}
                    value={value === true ? 'yes' : value === false ? 'no' : ''}
                    onChange={(v) => set(f.key, v === 'yes')}
                  />
                  {errorOf(f) && (
                    <Text size="xs" c="red">
                      {errorOf(f)}
                    </Text>
                  )}
                </Stack>
              );
            case 'choice':
              return (
                <Select
                  key={f.key}
                  {...common}
                  data={f.options ?? []}
                  value={typeof value === 'string' ? value : null}
                  onChange={(v) => set(f.key, v)}
                />
              );
            case 'date':
              return (
                <TextInput
                  key={f.key}
                  {...common}
                  type="date"
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => set(f.key, e.currentTarget.value)}
                />
              );
            default:
              return (f.max ?? 0) > 300 ? (
                <Textarea
                  key={f.key}
                  {...common}
                  autosize
                  minRows={2}
                  maxLength={f.max}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => set(f.key, e.currentTarget.value)}
                />
              ) : (
                <TextInput
                  key={f.key}
                  {...common}
                  maxLength={f.max}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => set(f.key, e.currentTarget.value)}
                />
              );
          }
        })}
        <Group gap="sm" grow>
          <Button variant="default" loading={busy} onClick={() => save(false)} data-testid="answer-draft">
            {t('requests.answer.saveDraft')}
          </Button>
          <Button type="submit" loading={busy} data-testid="answer-submit">
            {t('requests.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
