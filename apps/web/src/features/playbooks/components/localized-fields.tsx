import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { useTranslation } from 'react-i18next';

/** One text in both languages, Vietnamese first; the server requires both. */
export function LocalizedFields({
  field,
  value,
  onChange,
  errors,
  multiline,
  maxLength = 4000,
  testId,
}: {
  field: string;
  value: LocalizedText;
  onChange: (next: LocalizedText) => void;
  errors?: { vi?: string; en?: string };
  multiline?: boolean;
  maxLength?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const common = { required: true, maxLength };
  const vi = {
    ...common,
    label: t('playbooks.viText', { field }),
    value: value.vi,
    error: errors?.vi,
    lang: 'vi',
    'data-testid': testId ? `${testId}-vi` : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, vi: e.currentTarget.value }),
  };
  const en = {
    ...common,
    label: t('playbooks.enText', { field }),
    value: value.en,
    error: errors?.en,
    lang: 'en',
    'data-testid': testId ? `${testId}-en` : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, en: e.currentTarget.value }),
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
      {multiline ? (
        <>
          <Textarea autosize minRows={3} maxRows={12} {...vi} />
          <Textarea autosize minRows={3} maxRows={12} {...en} />
        </>
      ) : (
        <>
          <TextInput {...vi} />
          <TextInput {...en} />
        </>
      )}
    </SimpleGrid>
  );
}
