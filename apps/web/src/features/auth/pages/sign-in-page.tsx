import { useState } from 'react';
import { ApiError } from '../../../api/request.ts';
import type { Me } from '../../../api/types.ts';
import { LightFrame } from '../../../components/light/light-frame.tsx';
import {
  Alert,
  Anchor,
  Button,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '../../../components/light/light-ui.tsx';
import { useFirstPaintText } from '../../../i18n/first-paint-i18n.ts';
import { signIn } from '../session-api.ts';

/** Only paths inside the application may be a destination after sign-in. */
export function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

interface FieldErrors {
  username?: string;
  password?: string;
  totp?: string;
}

/**
 * The sign-in form, password then (when the account has it) the 6-digit code. Drawn without
 * Mantine, React Query or the router, so that it is the first paint's only code (decision 0033);
 * `onSignedIn` hands over to the application (app/first-paint.tsx, or the router's sign-in route).
 */
export function SignInPage({
  signedOut,
  onSignedIn,
}: {
  signedOut: boolean;
  onSignedIn: (me: Me | null) => void;
}) {
  const { t } = useFirstPaintText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // The server's answer is shown in the form (not as a toast) so that it stays next to the fields.
  const failure = error instanceof ApiError && error.code !== 'auth.totp_required' ? error : null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {
      ...(username.trim() ? {} : { username: t('errors.required') }),
      ...(password ? {} : { password: t('errors.required') }),
      ...(needTotp && !/^\d{6}$/.test(totp) ? { totp: t('signIn.totpInvalid') } : {}),
    };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setError(null);
    signIn({ username: username.trim(), password, ...(needTotp ? { totp } : {}) }).then(
      (me) => onSignedIn(me),
      (cause: unknown) => {
        setBusy(false);
        setError(cause);
        if (cause instanceof ApiError && cause.code === 'auth.totp_required') setNeedTotp(true);
        if (cause instanceof ApiError && cause.code === 'auth.totp_invalid') setTotp('');
      },
    );
  };
  const startOver = () => {
    setNeedTotp(false);
    setTotp('');
    setPassword('');
    setError(null);
  };

  return (
    <LightFrame title={t('signIn.title')}>
      <form onSubmit={submit} noValidate data-testid="sign-in-form">
        <Stack>
          <Text size="sm" dimmed>
            {t('signIn.subtitle')}
          </Text>
          {signedOut && !busy && !failure && (
            <Alert color="teal" role="status">
              {t('signIn.signedOut')}
            </Alert>
          )}
          {failure && (
            <Alert color="red" testId="sign-in-error">
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
          <Button type="submit" loading={busy} fullWidth>
            {t('signIn.submit')}
          </Button>
          {needTotp && (
            <Anchor size="sm" onClick={startOver}>
              {t('signIn.back')}
            </Anchor>
          )}
          <Anchor href="/bao-cao-su-co">{t('publicReport.fromSignIn')}</Anchor>
        </Stack>
      </form>
    </LightFrame>
  );
}
