import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { SecretReveal } from '../../../components/secret-reveal.tsx';

/** Shows a freshly issued one-time password exactly once; closing forgets it. */
export function OneTimePasswordModal({
  credentials,
  onClose,
}: {
  credentials: { username: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={credentials !== null}
      onClose={onClose}
      title={t('users.otp.title')}
      closeOnClickOutside={false}
      centered
      size="lg"
    >
      {credentials && (
        <Stack data-testid="one-time-password-dialog">
          <Text>{t('users.otp.body', { username: credentials.username })}</Text>
          <SecretReveal
            label={t('users.otp.label')}
            value={credentials.password}
            testId="one-time-password"
          />
          <Alert color="yellow" variant="light">
            {t('users.otp.mustChange')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('users.otp.done')}</Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
