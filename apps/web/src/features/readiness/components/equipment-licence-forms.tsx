import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { UnitSelect } from '../../../components/unit-select.tsx';
import { nullableText } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useSaveItem } from '../hooks/use-readiness.ts';
import {
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  type EquipmentView,
  LICENCE_KINDS,
  type LicenceView,
} from '../readiness-types.ts';
import { done, SaveButtons } from './save-buttons.tsx';

interface FormProps<T> {
  item?: T;
  onDone: () => void;
}

export function EquipmentForm({ item, onDone }: FormProps<EquipmentView>) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<EquipmentView>('equipment');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (item?.unitId ?? actor.unitId) as string | null,
      name: item?.name ?? '',
      category: item?.category ?? 'hardware',
      quantity: item?.quantity ?? 1,
      status: item?.status ?? 'ready',
      location: item?.location ?? '',
      acquiredOn: item?.acquiredOn ?? '',
      notes: item?.notes ?? '',
    },
    validate: {
      unitId: (v: string | null) => (v ? null : t('errors.required')),
      name: (v: string) => (v.trim() ? null : t('errors.required')),
    },
  });
  const submit = (v: typeof form.values) =>
    save.mutate(
      {
        id: item?.id,
        version: item?.version,
        input: {
          unitId: v.unitId,
          name: v.name.trim(),
          category: v.category,
          quantity: Number(v.quantity) || 0,
          status: v.status,
          location: nullableText(v.location),
          acquiredOn: nullableText(v.acquiredOn),
          notes: nullableText(v.notes),
        },
      },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
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
        <TextInput label={t('readiness.equipment.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('readiness.equipment.category')}
            data={EQUIPMENT_CATEGORIES.map((c) => ({
              value: c,
              label: t(`readiness.equipment.categories.${c}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
          <NumberInput
            label={t('readiness.equipment.quantity')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('quantity')}
          />
          <Select
            label={t('readiness.equipment.status')}
            data={EQUIPMENT_STATUSES.map((s) => ({
              value: s,
              label: t(`readiness.equipment.statuses.${s}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('readiness.equipment.location')} {...form.getInputProps('location')} />
          <TextInput
            label={t('readiness.equipment.acquiredOn')}
            type="date"
            {...form.getInputProps('acquiredOn')}
          />
        </SimpleGrid>
        <Textarea label={t('readiness.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}

export function LicenceForm({ item, onDone }: FormProps<LicenceView>) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<LicenceView>('licences');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (item?.unitId ?? actor.unitId) as string | null,
      kind: item?.kind ?? 'antivirus',
      product: item?.product ?? '',
      vendor: item?.vendor ?? '',
      seats: item?.seats ?? ('' as number | ''),
      expiresOn: item?.expiresOn ?? '',
      notes: item?.notes ?? '',
    },
    validate: {
      unitId: (v: string | null) => (v ? null : t('errors.required')),
      product: (v: string) => (v.trim() ? null : t('errors.required')),
      expiresOn: (v: string) => (v ? null : t('errors.required')),
    },
  });
  const submit = (v: typeof form.values) =>
    save.mutate(
      {
        id: item?.id,
        version: item?.version,
        input: {
          unitId: v.unitId,
          kind: v.kind,
          product: v.product.trim(),
          vendor: nullableText(v.vendor),
          seats: v.seats === '' ? null : Number(v.seats),
          expiresOn: v.expiresOn,
          notes: nullableText(v.notes),
        },
      },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="licence-form">
      <Stack>
        <UnitSelect
          label={t('readiness.fields.unit')}
          required
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('readiness.licences.kind')}
            data={LICENCE_KINDS.map((k) => ({ value: k, label: t(`readiness.licences.kinds.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('readiness.licences.product')} required {...form.getInputProps('product')} />
          <TextInput label={t('readiness.licences.vendor')} {...form.getInputProps('vendor')} />
          <NumberInput
            label={t('readiness.licences.seats')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('seats')}
          />
          <TextInput
            label={t('readiness.licences.expiresOn')}
            description={t('readiness.licences.expiresOnHint')}
            type="date"
            required
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
        <Textarea label={t('readiness.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}
