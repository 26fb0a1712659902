import { Alert, Button, Code, Group, List, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TotpSetup as TotpSecret } from '@ungcuu/domain/auth/auth-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, notifySuccess } from '../../../api/client.ts';
import { SecretReveal } from '../../../components/secret-reveal.tsx';
import { ME_KEY } from '../hooks/use-session.ts';
import { QrCode } from './qr-code.tsx';

/** Two steps: get a new secret (QR code and text), then prove it with a 6-digit code. */
export function TotpSetup({ enabled, onDone }: { enabled: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const setup = useMutation({
    mutationFn: () => api<TotpSecret>('POST', '/api/auth/totp/setup'),
  });
  const enable = useMutation({
    mutationFn: (value: string) =>
      api('POST', '/api/auth/totp/enable', { body: { code: value }, quiet: true }),
    onSuccess: async () => {
      notifySuccess(t('totp.enabled'));
      setup.reset();
      setCode('');
      await client.invalidateQueries({ queryKey: ME_KEY });
      onDone?.();
    },
    onError: () => setCode(''),
  });

  if (enabled) {
    // A factor in use is not re-enrolled from a session (the server refuses): an administrator resets it.
    return (
      <Stack>
        <Alert color="teal" variant="light">
          {t('totp.alreadyEnabled')}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('totp.resetHint')}
        </Text>
      </Stack>
    );
  }
  if (!setup.data) {
    return (
      <Stack>
        <Text>{t('totp.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('totp.resetHint')}
        </Text>
        <Button onClick={() => setup.mutate()} loading={setup.isPending} w="fit-content">
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }
  const { secret, uri } = setup.data;
  // Authenticator apps take the secret in groups of four, as it is easier to type.
  const grouped = secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{6}$/.test(code)) enable.mutate(code);
      }}
    >
      <Stack>
        <List type="ordered" spacing="xs">
          <List.Item>{t('totp.step1')}</List.Item>
          <List.Item>{t('totp.step2')}</List.Item>
          <List.Item>{t('totp.step3')}</List.Item>
        </List>
        <Group align="flex-start" gap="lg">
          <Paper withBorder p={4} radius="sm">
            <QrCode value={uri} label={t('totp.qrAlt')} />
          </Paper>
          <Stack gap="sm" style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <SecretReveal label={t('totp.secret')} value={grouped} testId="totp-secret" />
            <Text size="xs" c="dimmed">
              {t('totp.uri')}
            </Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', fontSize: '0.72rem' }}>
              {uri}
            </Code>
          </Stack>
        </Group>
        <TextInput
          label={t('totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
          error={
            code.length > 0 && code.length !== 6
              ? t('totp.codeInvalid')
              : enable.error instanceof ApiError
                ? enable.error.localized()
                : null
          }
          w={{ base: '100%', xs: 220 }}
        />
        <Button type="submit" loading={enable.isPending} disabled={code.length !== 6} w="fit-content">
          {t('totp.enable')}
        </Button>
      </Stack>
    </form>
  );
}
