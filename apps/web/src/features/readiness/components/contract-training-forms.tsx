import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { nullableText, optionalText } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useSaveItem } from '../hooks/use-readiness.ts';
import type { ContractView, TrainingView } from '../readiness-types.ts';
import { done, SaveButtons } from './save-buttons.tsx';
import { UserMultiSelect } from './user-multi-select.tsx';

interface FormProps<T> {
  item?: T;
  onDone: () => void;
}

export function ContractForm({ item, onDone }: FormProps<ContractView>) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<ContractView>('contracts');
  const first = item?.contacts[0];
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (item?.unitId ?? actor.unitId) as string | null,
      provider: item?.provider ?? '',
      scope: item?.scope ?? '',
      contractRef: item?.contractRef ?? '',
      startsOn: item?.startsOn ?? '',
      endsOn: item?.endsOn ?? '',
      contactName: first?.name ?? '',
      contactPhone: first?.phone ?? '',
      contactEmail: first?.email ?? '',
      notes: item?.notes ?? '',
    },
    validate: {
      unitId: (v: string | null) => (v ? null : t('errors.required')),
      provider: (v: string) => (v.trim() ? null : t('errors.required')),
      scope: (v: string) => (v.trim() ? null : t('errors.required')),
    },
  });
  const submit = (v: typeof form.values) => {
    const [phone, email] = [optionalText(v.contactPhone), optionalText(v.contactEmail)];
    const contact = v.contactName.trim()
      ? [{ name: v.contactName.trim(), ...(phone ? { phone } : {}), ...(email ? { email } : {}) }]
      : [];
    save.mutate(
      {
        id: item?.id,
        version: item?.version,
        input: {
          unitId: v.unitId,
          provider: v.provider.trim(),
          scope: v.scope.trim(),
          contractRef: nullableText(v.contractRef),
          startsOn: nullableText(v.startsOn),
          endsOn: nullableText(v.endsOn),
          // The form edits the first contact; the others are kept as they are.
          contacts: [...contact, ...(item?.contacts.slice(1) ?? [])],
          notes: nullableText(v.notes),
        },
      },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <UnitSelect
          label={t('readiness.fields.unit')}
          required
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
        />
        <TextInput label={t('readiness.contracts.provider')} required {...form.getInputProps('provider')} />
        <Textarea
          label={t('readiness.contracts.scope')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('scope')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('readiness.contracts.ref')} {...form.getInputProps('contractRef')} />
          <TextInput
            label={t('readiness.contracts.startsOn')}
            type="date"
            {...form.getInputProps('startsOn')}
          />
          <TextInput label={t('readiness.contracts.endsOn')} type="date" {...form.getInputProps('endsOn')} />
          <TextInput label={t('readiness.contracts.contactName')} {...form.getInputProps('contactName')} />
          <TextInput
            label={t('readiness.contracts.contactPhone')}
            type="tel"
            {...form.getInputProps('contactPhone')}
          />
          <TextInput
            label={t('readiness.contracts.contactEmail')}
            type="email"
            {...form.getInputProps('contactEmail')}
          />
        </SimpleGrid>
        <Textarea label={t('readiness.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}

export function TrainingForm({ item, onDone }: FormProps<TrainingView>) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<TrainingView>('trainings');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (item?.unitId ?? actor.unitId) as string | null,
      title: item?.title ?? '',
      heldOn: item?.heldOn ?? '',
      organiser: item?.organiser ?? '',
      hours: item?.hours ?? ('' as number | ''),
      attendeeUserIds: item?.attendeeUserIds ?? [],
      notes: item?.notes ?? '',
    },
    validate: {
      unitId: (v: string | null) => (v ? null : t('errors.required')),
      title: (v: string) => (v.trim() ? null : t('errors.required')),
      heldOn: (v: string) => (v ? null : t('errors.required')),
    },
  });
  const submit = (v: typeof form.values) =>
    save.mutate(
      {
        id: item?.id,
        version: item?.version,
        input: {
          unitId: v.unitId,
          title: v.title.trim(),
          heldOn: v.heldOn,
          organiser: nullableText(v.organiser),
          hours: v.hours === '' ? null : Number(v.hours),
          attendeeUserIds: v.attendeeUserIds,
          notes: nullableText(v.notes),
        },
      },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <UnitSelect
          label={t('readiness.trainings.unit')}
          required
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
        />
        <TextInput label={t('readiness.trainings.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('readiness.trainings.heldOn')}
            type="date"
            required
            {...form.getInputProps('heldOn')}
          />
          <TextInput label={t('readiness.trainings.organiser')} {...form.getInputProps('organiser')} />
          <NumberInput
            label={t('readiness.trainings.hours')}
            min={0}
            decimalScale={1}
            {...form.getInputProps('hours')}
          />
        </SimpleGrid>
        <UserMultiSelect
          label={t('readiness.trainings.attendees')}
          value={form.values.attendeeUserIds}
          onChange={(ids) => form.setFieldValue('attendeeUserIds', ids)}
        />
        <Textarea label={t('readiness.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}
