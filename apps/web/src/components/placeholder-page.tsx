import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleKey } from './nav-items.ts';

/** An honest page for a module that does not exist yet: what it will do, and no made-up data. */
export function PlaceholderPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {name}
      </Title>
      <Paper withBorder p="lg">
        <Alert
          icon={<IconTools aria-hidden />}
          title={t('placeholder.title')}
          color="navy"
          variant="light"
          data-testid="module-placeholder"
        >
          <Stack gap="xs">
            <Text>{t('placeholder.body', { module: name, purpose: t(`modules.${module}`) })}</Text>
            <Text size="sm" c="dimmed">
              {t('placeholder.note')}
            </Text>
          </Stack>
        </Alert>
        <Button component={Link} to="/" variant="light" mt="md">
          {t('placeholder.back')}
        </Button>
      </Paper>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body')}</Text>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('placeholder.back')}
      </Button>
    </Stack>
  );
}
