import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '@ungcuu/domain/org/unit-types.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { Unit } from '../../../api/types.ts';
import { FormError, isDuplicate } from '../../../components/form-error.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { UnitMailSenders } from '../../mail-intake/components/unit-mail-senders.tsx';
import { useSaveUnit } from '../hooks/use-units.ts';
import { type UnitFormValues, unitFormValues, unitInput, unitRules } from './unit-form-values.ts';

type Form = UseFormReturnType<UnitFormValues>;

/** Main or backup contact point of form 01 (Mẫu 01): name, title, landline, mobile, email. */
function FocalFields({
  form,
  prefix,
  legend,
}: {
  form: Form;
  prefix: 'focalMain' | 'focalBackup';
  legend: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('units.focal.name')} {...form.getInputProps(`${prefix}.name`)} />
        <TextInput label={t('units.focal.title')} {...form.getInputProps(`${prefix}.title`)} />
        <TextInput label={t('units.focal.phone')} type="tel" {...form.getInputProps(`${prefix}.phone`)} />
        <TextInput label={t('units.focal.mobile')} type="tel" {...form.getInputProps(`${prefix}.mobile`)} />
        <TextInput label={t('units.focal.email')} type="email" {...form.getInputProps(`${prefix}.email`)} />
      </SimpleGrid>
    </Fieldset>
  );
}

export function UnitForm({ unit, onDone }: { unit?: Unit; onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const save = useSaveUnit();
  const form = useForm<UnitFormValues>({
    mode: 'controlled',
    initialValues: unitFormValues(unit),
    validate: unitRules({
      required: t('errors.required'),
      code: t('units.validation.code'),
      name: t('units.validation.name'),
      type: t('units.validation.type'),
      email: t('errors.email'),
      phone: t('errors.phone'),
      focalName: t('units.focal.nameRequired'),
    }),
  });
  const submit = (values: UnitFormValues) => {
    const input = unitInput(values);
    save.mutate(
      { id: unit?.id, version: unit?.version, input },
      {
        onSuccess: (saved) => {
          notifySuccess(unit ? t('units.updated') : t('units.created', { name: saved.name }));
          onDone();
        },
        onError: (error) => {
          if (isDuplicate(error)) form.setFieldError('code', t('units.validation.duplicate'));
        },
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="unit-form">
      <Stack>
        <Fieldset legend={t('units.sections.general')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('units.fields.code')}
              description={t('units.fields.codeHint')}
              required
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('code')}
            />
            <Select
              label={t('units.fields.type')}
              required
              data={UNIT_TYPES.map((type) => ({ value: type, label: label(UNIT_TYPE_LABELS[type]) }))}
              {...form.getInputProps('type')}
            />
          </SimpleGrid>
          <TextInput label={t('units.fields.name')} required mt="sm" {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <UnitSelect
              label={t('units.fields.parent')}
              value={form.values.parentId}
              onChange={(id) => form.setFieldValue('parentId', id)}
              excludeId={unit?.id}
              clearable
            />
            <TextInput label={t('units.fields.address')} {...form.getInputProps('address')} />
            <TextInput label={t('units.fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('units.fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('units.fields.website')} {...form.getInputProps('website')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('units.sections.leader')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('units.fields.leaderName')} {...form.getInputProps('leaderName')} />
            <TextInput label={t('units.fields.leaderTitle')} {...form.getInputProps('leaderTitle')} />
            <TextInput
              label={t('units.fields.intakeEmail')}
              type="email"
              {...form.getInputProps('intakeEmail')}
            />
          </SimpleGrid>
        </Fieldset>
        <Text size="sm" c="dimmed">
          {t('units.sections.focalHint')}
        </Text>
        <FocalFields form={form} prefix="focalMain" legend={t('units.sections.focalMain')} />
        <FocalFields form={form} prefix="focalBackup" legend={t('units.sections.focalBackup')} />
        <Textarea label={t('units.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        {unit && <UnitMailSenders unitId={unit.id} />}
        <FormError error={save.error} duplicateMessage={t('units.validation.duplicate')} />
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
