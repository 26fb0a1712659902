import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { TRIGGERS, type TriggerCode, type TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

interface YesNoProps {
  question: string;
  hint?: string;
  value: boolean;
  onChange: (value: boolean) => void;
  testId?: string;
}

/** A plain yes/no question: large "No"/"Yes" buttons that are easy to tap on a phone. */
export function YesNoQuestion({ question, hint, value, onChange, testId }: YesNoProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Group justify="space-between" align="center" wrap="wrap" gap="xs" data-testid={testId}>
      <Stack gap={2} style={{ flex: '1 1 16rem' }}>
        <Text fw={500} size="sm" id={`${id}-q`}>
          {question}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed" id={`${id}-h`}>
            {hint}
          </Text>
        )}
      </Stack>
      <SegmentedControl
        aria-labelledby={`${id}-q`}
        aria-describedby={hint ? `${id}-h` : undefined}
        value={value ? 'yes' : 'no'}
        onChange={(v) => onChange(v === 'yes')}
        color={value ? 'orange' : 'gray'}
        data={[
          { value: 'no', label: t('common.no') },
          { value: 'yes', label: t('common.yes') },
        ]}
      />
    </Group>
  );
}

/** The six response triggers C1–C6 of the seed plan, asked as plain questions (TRIGGERS). */
export function TriggerQuestions({
  value,
  onChange,
}: {
  value: TriggerFlags;
  onChange: (next: TriggerFlags) => void;
}) {
  const { label } = useLocale();
  const set = (code: TriggerCode, yes: boolean) => onChange({ ...value, [code]: yes });
  return (
    <Stack gap="md">
      {TRIGGERS.map((trigger) => (
        <YesNoQuestion
          key={trigger.code}
          question={label(trigger.question)}
          hint={label(trigger.hint)}
          value={value[trigger.code]}
          onChange={(yes) => set(trigger.code, yes)}
          testId={`trigger-${trigger.code}`}
        />
      ))}
    </Stack>
  );
}
