import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { FullPageLoader } from '../../../components/full-page.tsx';
import { AuthFrame } from '../components/auth-frame.tsx';
import { useMe, useSignIn } from '../hooks/use-session.ts';

/** Only paths inside the application may be a destination after sign-in. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const location = useLocation();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);

  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { username: username.trim(), password, ...(needTotp ? { totp: totp.trim() } : {}) },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'auth.totp_required') setNeedTotp(true);
          if (error instanceof ApiError && error.code === 'auth.totp_invalid') setTotp('');
        },
      },
    );
  };
  const startOver = () => {
    setNeedTotp(false);
    setTotp('');
    setPassword('');
  };

  return (
    <AuthFrame title={t('signIn.title')}>
      <form onSubmit={submit} noValidate data-testid="sign-in-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('signIn.subtitle')}
          </Text>
          {signedOut && !signIn.isPending && (
            <Alert color="teal" variant="light" role="status">
              {t('signIn.signedOut')}
            </Alert>
          )}
          <TextInput
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            readOnly={needTotp}
            data-autofocus
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            readOnly={needTotp}
          />
          {needTotp && (
            <TextInput
              label={t('signIn.totp')}
              description={t('signIn.totpHint')}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              autoFocus
              value={totp}
              onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, ''))}
            />
          )}
          <Button
            type="submit"
            loading={signIn.isPending}
            disabled={!username.trim() || !password || (needTotp && totp.length !== 6)}
            fullWidth
          >
            {t('signIn.submit')}
          </Button>
          {needTotp && (
            <Anchor component="button" type="button" size="sm" onClick={startOver}>
              {t('signIn.back')}
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthFrame>
  );
}
