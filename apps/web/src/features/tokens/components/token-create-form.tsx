import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, type TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useCreateToken } from '../hooks/use-tokens.ts';

interface Values {
  name: string;
  scopes: TokenScope[];
  expiresAt: string;
}

export function TokenCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (secret: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const create = useCreateToken();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', scopes: ['read'], expiresAt: '' },
    validate: {
      name: (v) => (v.trim().length >= 2 && v.trim().length <= 100 ? null : t('tokens.validation.name')),
      scopes: (v) => (v.length > 0 ? null : t('tokens.validation.scopes')),
    },
  });
  const submit = (v: Values) => {
    // The token stops working at the end of the chosen day, in the browser's time zone.
    const expiresAt = v.expiresAt ? new Date(`${v.expiresAt}T23:59:59`).toISOString() : undefined;
    create.mutate(
      { name: v.name.trim(), scopes: v.scopes, ...(expiresAt ? { expiresAt } : {}) },
      { onSuccess: (r) => onCreated(r.secret) },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <TextInput
          label={t('tokens.fields.name')}
          description={t('tokens.fields.nameHint')}
          required
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label={t('tokens.fields.scopes')} required {...form.getInputProps('scopes')}>
          <Stack gap="xs" mt="xs">
            {TOKEN_SCOPES.map((s) => (
              <Checkbox key={s} value={s} label={label(TOKEN_SCOPE_LABELS[s])} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('tokens.fields.expiresAt')}
          description={t('tokens.fields.expiresHint')}
          min={new Date().toISOString().slice(0, 10)}
          {...form.getInputProps('expiresAt')}
          w={{ base: '100%', xs: 220 }}
        />
        <FormError error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
