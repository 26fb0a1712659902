import { Alert, Button, Center, Group, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

interface Props {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}

/** Loading spinner, or the error with a retry button, or the content. */
export function QueryState({ isPending, error, onRetry, children }: Props) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (error) {
    return (
      <Alert color="red" title={t('common.loadFailed')} role="alert">
        <Group justify="space-between">
          <span>{error instanceof ApiError ? error.localized() : t('errors.unexpected')}</span>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return <>{children}</>;
}
