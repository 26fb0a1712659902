import { Button, Group, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TeamMemberInput } from '@ungcuu/domain/org/schemas.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { TeamMember } from '../../../api/types.ts';
import { FormError } from '../../../components/form-error.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { blankToNull, optionalEmail, optionalPhone } from '../../../lib/validators.ts';
import { useSaveTeamMember } from '../hooks/use-team.ts';

interface Values {
  unitId: string | null;
  fullName: string;
  teamRole: string;
  skills: string[];
  phone: string;
  email: string;
  onCall: boolean;
  active: boolean;
  notes: string;
}

export function TeamMemberForm({ member, onDone }: { member?: TeamMember; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTeamMember();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      unitId: member?.unitId ?? null,
      fullName: member?.fullName ?? '',
      teamRole: member?.teamRole ?? '',
      skills: member?.skills ?? [],
      phone: member?.phone ?? '',
      email: member?.email ?? '',
      onCall: member?.onCall ?? false,
      active: member?.active ?? true,
      notes: member?.notes ?? '',
    },
    validate: {
      unitId: (v) => (v ? null : t('team.validation.unit')),
      fullName: (v) => (v.trim().length >= 2 ? null : t('team.validation.fullName')),
      phone: optionalPhone(t('errors.phone')),
      email: optionalEmail(t('errors.email')),
    },
  });
  const submit = (v: Values) => {
    const input: TeamMemberInput = {
      unitId: v.unitId!,
      fullName: v.fullName.trim(),
      teamRole: blankToNull(v.teamRole),
      skills: v.skills.map((s) => s.trim()).filter(Boolean),
      phone: blankToNull(v.phone),
      email: blankToNull(v.email),
      onCall: v.onCall,
      active: v.active,
      notes: blankToNull(v.notes),
    };
    save.mutate(
      { id: member?.id, input },
      {
        onSuccess: () => {
          notifySuccess(member ? t('team.updated') : t('team.created'));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <TextInput label={t('team.fields.fullName')} required {...form.getInputProps('fullName')} />
        <UnitSelect
          label={t('team.fields.unit')}
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
          required
        />
        <TextInput
          label={t('team.fields.teamRole')}
          description={t('team.fields.teamRoleHint')}
          {...form.getInputProps('teamRole')}
        />
        <TagsInput
          label={t('team.fields.skills')}
          description={t('team.fields.skillsHint')}
          maxTags={30}
          {...form.getInputProps('skills')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('team.fields.phone')} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('team.fields.email')} type="email" {...form.getInputProps('email')} />
        </SimpleGrid>
        <Group>
          <Switch label={t('team.fields.onCall')} {...form.getInputProps('onCall', { type: 'checkbox' })} />
          <Switch label={t('team.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>
        <Textarea label={t('team.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
