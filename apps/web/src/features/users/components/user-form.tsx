import {
  Button,
  Group,
  MultiSelect,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ROLE_LABELS, ROLES, type Role } from '@ungcuu/domain/org/roles.ts';
import type { UserInput, UserPatch } from '@ungcuu/domain/org/schemas.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { FormError, isDuplicate } from '../../../components/form-error.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { blankToNull, optionalEmail, optionalPhone } from '../../../lib/validators.ts';
import { useCreateUser, useUpdateUser } from '../hooks/use-users.ts';

interface Values {
  username: string;
  fullName: string;
  unitId: string | null;
  roles: Role[];
  title: string;
  email: string;
  phone: string;
  locale: 'vi' | 'en';
  password: string;
}

interface Props {
  user?: User;
  /** Preselected unit when adding a person from a unit. */
  unitId?: string | null;
  onCreated: (username: string, oneTimePassword: string | null) => void;
  onDone: () => void;
}

/** Adds a person (the server issues a one-time password unless one is typed) or edits one. */
export function UserForm({ user, unitId, onCreated, onDone }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const create = useCreateUser();
  const update = useUpdateUser();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      unitId: user?.unitId ?? unitId ?? null,
      roles: user?.roles ?? [],
      title: user?.title ?? '',
      email: user?.email ?? '',
      phone: user?.phone ?? '',
      locale: user?.locale ?? 'vi',
      password: '',
    },
    validate: {
      username: (v) =>
        user || /^[A-Za-z0-9_.@-]{3,60}$/.test(v.trim()) ? null : t('users.validation.username'),
      fullName: (v) => (v.trim().length >= 2 ? null : t('users.validation.fullName')),
      unitId: (v) => (v ? null : t('users.validation.unit')),
      roles: (v) => (v.length > 0 ? null : t('users.validation.roles')),
      email: optionalEmail(t('errors.email')),
      phone: optionalPhone(t('errors.phone')),
      password: (v) => (v === '' || v.length >= 10 ? null : t('users.validation.password')),
    },
  });

  const submit = (v: Values) => {
    const common = {
      fullName: v.fullName.trim(),
      unitId: v.unitId!,
      roles: v.roles,
      title: blankToNull(v.title),
      email: blankToNull(v.email),
      phone: blankToNull(v.phone),
      locale: v.locale,
    };
    if (user) {
      const patch: UserPatch = common;
      update.mutate(
        { id: user.id, patch, quiet: true },
        {
          onSuccess: () => {
            notifySuccess(t('users.updated'));
            onDone();
          },
        },
      );
      return;
    }
    const input: UserInput = {
      ...common,
      username: v.username.trim(),
      ...(v.password ? { password: v.password } : {}),
    };
    create.mutate(input, {
      onSuccess: (result) => {
        notifySuccess(t('users.created', { username: result.user.username }));
        onCreated(result.user.username, result.oneTimePassword);
      },
      onError: (error) => {
        if (isDuplicate(error)) form.setFieldError('username', t('users.validation.duplicate'));
      },
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="user-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('users.fields.username')}
            description={user ? undefined : t('users.fields.usernameHint')}
            required
            disabled={!!user}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps('username')}
          />
          <TextInput label={t('users.fields.fullName')} required {...form.getInputProps('fullName')} />
        </SimpleGrid>
        <UnitSelect
          label={t('users.fields.unit')}
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
          required
          testId="user-unit-select"
        />
        <MultiSelect
          label={t('users.fields.roles')}
          required
          data={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
          data-testid="user-roles-select"
          searchable
          hidePickedOptions
          nothingFoundMessage={t('common.noResults')}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('roles')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('users.fields.title')} {...form.getInputProps('title')} />
          <Select
            label={t('users.fields.locale')}
            data={[
              { value: 'vi', label: t('lang.vi') },
              { value: 'en', label: t('lang.en') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <TextInput label={t('users.fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('users.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        {!user && (
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.fields.passwordHint')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        <FormError error={create.error ?? update.error} duplicateMessage={t('users.validation.duplicate')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
