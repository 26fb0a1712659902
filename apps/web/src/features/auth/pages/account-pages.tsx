import { Alert, Button, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { AuthFrame } from '../components/auth-frame.tsx';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { useSession } from '../components/session-gate.tsx';
import { TotpSetup } from '../components/totp-setup.tsx';
import { useSignOut } from '../hooks/use-session.ts';

/** Before anything else: the one-time password must be replaced (the server allows nothing more). */
export function ForcedPasswordPage() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <AuthFrame title={t('changePassword.title')}>
      <Stack>
        <Alert color="yellow" variant="light">
          {t('changePassword.forcedNotice')}
        </Alert>
        <ChangePasswordForm />
        <Button variant="subtle" onClick={() => signOut.mutate(false)}>
          {t('profile.signOut')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

/** Before anything else: the person's role requires two-factor sign-in. */
export function ForcedTotpPage() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <AuthFrame title={t('totp.title')} width={640}>
      <Stack>
        <Alert color="yellow" variant="light">
          {t('totp.requiredNotice')}
        </Alert>
        <TotpSetup enabled={false} />
        <Button variant="subtle" onClick={() => signOut.mutate(false)}>
          {t('profile.signOut')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}

export function AccountPasswordPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={520}>
      <PageHeader title={t('changePassword.title')} />
      <Paper withBorder p="lg">
        <ChangePasswordForm />
      </Paper>
    </Stack>
  );
}

export function AccountTotpPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Stack maw={760}>
      <PageHeader title={t('totp.title')} />
      <Paper withBorder p="lg">
        <TotpSetup enabled={me.user.totpEnabled} />
      </Paper>
    </Stack>
  );
}
