import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { ME_KEY } from '../hooks/use-session.ts';

export const MIN_PASSWORD_LENGTH = 10;

/** Current, new and repeated password; on success the session's "must change" flag clears. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { current: '', next: '', confirm: '' },
    validate: {
      current: (v) => (v ? null : t('errors.required')),
      next: (v, all) =>
        v.length < MIN_PASSWORD_LENGTH
          ? t('changePassword.tooShort')
          : v === all.current
            ? t('changePassword.same')
            : null,
      confirm: (v, all) => (v === all.next ? null : t('changePassword.mismatch')),
    },
  });
  const change = useMutation({
    mutationFn: (values: { current: string; next: string }) =>
      api('POST', '/api/auth/password', { body: values, quiet: true }),
    onSuccess: async () => {
      notifySuccess(t('changePassword.done'));
      form.reset();
      await client.invalidateQueries({ queryKey: ME_KEY });
      onDone?.();
    },
  });
  return (
    <form onSubmit={form.onSubmit(({ current, next }) => change.mutate({ current, next }))} noValidate>
      <Stack>
        <PasswordInput
          label={t('changePassword.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('current')}
        />
        <PasswordInput
          label={t('changePassword.next')}
          description={t('changePassword.nextHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('next')}
        />
        <PasswordInput
          label={t('changePassword.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <FormError error={change.error} />
        <Button type="submit" loading={change.isPending}>
          {t('changePassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
