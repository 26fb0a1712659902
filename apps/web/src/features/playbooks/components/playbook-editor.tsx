import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { missingPhases, type Playbook, type Step } from '@ungcuu/domain/playbooks/playbook.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavePlaybook } from '../hooks/use-playbooks.ts';
import { LocalizedFields } from './localized-fields.tsx';
import { StepEditor, type StepErrors } from './step-editor.tsx';
import { ValidationIssues } from './validation-issues.tsx';

interface Errors {
  general: Record<string, string>;
  steps: StepErrors[];
  count: number;
}

const TEXT_FIELDS = ['title', 'instructions', 'evidence'] as const;
const MAX_MINUTES = 60 * 24 * 30;

/** What the server would refuse field by field, so that the person sees it next to the field. */
function check(draft: Playbook, required: string, minutesInvalid: string): Errors {
  let count = 0;
  const missing = (text: LocalizedText, prefix: string, into: Record<string, string>) => {
    for (const lang of ['vi', 'en'] as const) {
      if (!text[lang].trim()) {
        into[`${prefix}.${lang}`] = required;
        count += 1;
      }
    }
  };
  const general: Record<string, string> = {};
  missing(draft.title, 'title', general);
  missing(draft.summary, 'summary', general);
  const steps = draft.steps.map((step) => {
    const errors: StepErrors = {};
    for (const field of TEXT_FIELDS) missing(step[field], field, errors);
    if (
      !Number.isInteger(step.expectedMinutes) ||
      step.expectedMinutes < 1 ||
      step.expectedMinutes > MAX_MINUTES
    ) {
      errors.expectedMinutes = minutesInvalid;
      count += 1;
    }
    return errors;
  });
  return { general, steps, count };
}

function newStepKey(steps: readonly Step[]): string {
  const taken = new Set(steps.map((s) => s.key));
  let i = steps.length + 1;
  while (taken.has(`buoc-${i}`)) i += 1;
  return `buoc-${i}`;
}

const emptyText = (): LocalizedText => ({ vi: '', en: '' });

/**
 * The administrator's playbook form: texts in both languages, role, expected time, and the steps
 * themselves (add, remove, reorder). Saving sends the whole playbook; the server makes it the next version.
 */
export function PlaybookEditor({
  playbook,
  onSaved,
  onCancel,
}: {
  playbook: Playbook;
  onSaved: (saved: Playbook) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlaybook();
  const [draft, setDraft] = useState<Playbook>(playbook);
  const [opened, setOpened] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Errors | null>(null);
  const missingNow = missingPhases(draft);

  const setSteps = (steps: Step[]) => setDraft((d) => ({ ...d, steps }));
  const toggle = (key: string) =>
    setOpened((o) => {
      const next = new Set(o);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const move = (index: number, by: -1 | 1) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    setSteps(steps);
    setErrors(null);
  };
  const addStep = () => {
    const key = newStepKey(draft.steps);
    const step: Step = {
      key,
      phase: 'P5',
      title: emptyText(),
      instructions: emptyText(),
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: emptyText(),
    };
    setSteps([...draft.steps, step]);
    setOpened((o) => new Set(o).add(key));
  };
  const submit = () => {
    const found = check(draft, t('errors.required'), t('playbooks.minutesInvalid'));
    setErrors(found.count > 0 ? found : null);
    if (found.count > 0) {
      setOpened((o) => {
        const next = new Set(o);
        draft.steps.forEach((s, i) => {
          if (Object.keys(found.steps[i] ?? {}).length > 0) next.add(s.key);
        });
        return next;
      });
      return;
    }
    const trim = (x: LocalizedText): LocalizedText => ({ vi: x.vi.trim(), en: x.en.trim() });
    save.mutate(
      {
        ...draft,
        title: trim(draft.title),
        summary: trim(draft.summary),
        steps: draft.steps.map((s) => ({
          ...s,
          title: trim(s.title),
          instructions: trim(s.instructions),
          evidence: trim(s.evidence),
        })),
      },
      { onSuccess: onSaved },
    );
  };
  const generalErrors = (field: string) => ({
    vi: errors?.general[`${field}.vi`],
    en: errors?.general[`${field}.en`],
  });

  return (
    <Stack gap="md" data-testid="playbook-editor">
      <Paper withBorder p="md" component="section" aria-labelledby="playbook-general">
        <Title order={2} size="h4" id="playbook-general" mb="sm">
          {t('playbooks.general')}
        </Title>
        <Stack gap="sm">
          <LocalizedFields
            field={t('playbooks.playbookTitle')}
            value={draft.title}
            errors={generalErrors('title')}
            maxLength={300}
            onChange={(title) => setDraft((d) => ({ ...d, title }))}
          />
          <LocalizedFields
            field={t('playbooks.summary')}
            value={draft.summary}
            errors={generalErrors('summary')}
            multiline
            onChange={(summary) => setDraft((d) => ({ ...d, summary }))}
          />
        </Stack>
      </Paper>

      <section aria-labelledby="playbook-steps">
        <Title order={2} size="h4" id="playbook-steps">
          {t('playbooks.stepsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('playbooks.stepsHint')}
        </Text>
        <Stack gap="xs">
          {draft.steps.map((step, index) => (
            <StepEditor
              key={step.key}
              step={step}
              index={index}
              count={draft.steps.length}
              opened={opened.has(step.key)}
              errors={errors?.steps[index] ?? {}}
              onToggle={() => toggle(step.key)}
              onChange={(next) => setSteps(draft.steps.map((s, i) => (i === index ? next : s)))}
              onMove={(by) => move(index, by)}
              onRemove={() => {
                setSteps(draft.steps.filter((_, i) => i !== index));
                setErrors(null);
              }}
            />
          ))}
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={addStep}>
              {t('playbooks.addStep')}
            </Button>
          </Group>
        </Stack>
      </section>

      {missingNow.length > 0 && (
        <Alert color="orange" variant="light" data-testid="missing-phases">
          {t('playbooks.missingPhases', {
            phases: missingNow.map((g) => g.split('|').join(' / ')).join(', '),
          })}
        </Alert>
      )}
      {errors && (
        <Alert color="red" variant="light" role="alert">
          {t('playbooks.fixFields', { count: errors.count })}
        </Alert>
      )}
      <ValidationIssues error={save.error} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('playbooks.discard')}
        </Button>
        <Button onClick={submit} loading={save.isPending} data-testid="playbook-save">
          {t('playbooks.saveVersion', { version: playbook.version + 1 })}
        </Button>
      </Group>
    </Stack>
  );
}
