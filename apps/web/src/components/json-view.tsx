import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A record's before/after state as indented JSON. */
export function JsonView({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: '1 1 18rem' }}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('audit.empty')}
        </Text>
      ) : (
        <Code block style={{ maxHeight: '24rem', overflow: 'auto', fontSize: '0.78rem' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
