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

interface FieldErrors {
  username?: string;
  password?: string;
  totp?: string;
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
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  // The server's answer is shown in the form (not as a toast) so that it stays next to the fields.
  const failure =
    signIn.error instanceof ApiError && signIn.error.code !== 'auth.totp_required' ? signIn.error : null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {
      ...(username.trim() ? {} : { username: t('errors.required') }),
      ...(password ? {} : { password: t('errors.required') }),
      ...(needTotp && !/^\d{6}$/.test(totp) ? { totp: t('totp.codeInvalid') } : {}),
    };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    signIn.mutate(
      { username: username.trim(), password, ...(needTotp ? { totp } : {}) },
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
    signIn.reset();
  };

  return (
    <AuthFrame title={t('signIn.title')}>
      <form onSubmit={submit} noValidate data-testid="sign-in-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('signIn.subtitle')}
          </Text>
          {signedOut && !signIn.isPending && !failure && (
            <Alert color="teal" variant="light" role="status">
              {t('signIn.signedOut')}
            </Alert>
          )}
          {failure && (
            <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
              {failure.localized()}
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
            error={fieldErrors.username}
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
            error={fieldErrors.password}
            readOnly={needTotp}
          />
          {needTotp && (
            <TextInput
              label={t('signIn.totp')}
              description={t('signIn.totpHint')}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              autoFocus
              value={totp}
              onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, ''))}
              error={fieldErrors.totp}
            />
          )}
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
          {needTotp && (
            <Anchor component="button" type="button" size="sm" onClick={startOver}>
              {t('signIn.back')}
            </Anchor>
          )}
          <Anchor href="/bao-cao-su-co">{t('publicReport.fromSignIn')}</Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
