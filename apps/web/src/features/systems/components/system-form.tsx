import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  APPROVAL_STATUS_LABELS,
  APPROVAL_STATUSES,
  BACKUP_STATUS_LABELS,
  BACKUP_STATUSES,
  DATA_SENSITIVITIES,
  DATA_SENSITIVITY_LABELS,
  HOSTING_KIND_LABELS,
  HOSTING_KINDS,
  SECURITY_LEVEL_CHOICES,
  SECURITY_LEVEL_INFO,
  type SecurityLevelOrUnclassified,
  SYSTEM_KIND_LABELS,
  SYSTEM_KINDS,
} from '@ungcuu/domain/systems/system.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSaveSystem } from '../hooks/use-systems.ts';
import type { SystemView } from '../system-types.ts';
import {
  type SystemFormValues,
  systemFormErrors,
  systemFormValues,
  systemInput,
} from './system-form-values.ts';

type Form = UseFormReturnType<SystemFormValues>;

function LevelFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const level = (Number(form.values.securityLevel) || 'unclassified') as SecurityLevelOrUnclassified;
  const info = SECURITY_LEVEL_INFO[level];
  return (
    <Fieldset legend={t('systems.sections.level')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('systems.fields.level')}
          data={SECURITY_LEVEL_CHOICES.map((l) => ({
            value: String(l),
            label: label(SECURITY_LEVEL_INFO[l].label),
          }))}
          allowDeselect={false}
          {...form.getInputProps('securityLevel')}
        />
        <Select
          label={t('systems.fields.approvalStatus')}
          data={APPROVAL_STATUSES.map((s) => ({ value: s, label: label(APPROVAL_STATUS_LABELS[s]) }))}
          allowDeselect={false}
          {...form.getInputProps('approvalStatus')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={6}>
        {label(info.harm)} {t('systems.fields.approvalAuthority', { who: label(info.approvalAuthority) })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
        <TextInput label={t('systems.fields.decisionRef')} {...form.getInputProps('decisionRef')} />
        <TextInput
          label={t('systems.fields.decisionDate')}
          type="date"
          {...form.getInputProps('decisionDate')}
        />
        <Select
          label={t('systems.fields.dataSensitivity')}
          data={DATA_SENSITIVITIES.map((s) => ({ value: s, label: label(DATA_SENSITIVITY_LABELS[s]) }))}
          allowDeselect={false}
          {...form.getInputProps('dataSensitivity')}
        />
        <Checkbox
          mt={{ base: 0, sm: 30 }}
          label={t('systems.fields.nationalCritical')}
          {...form.getInputProps('nationalCritical', { type: 'checkbox' })}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

function InfrastructureFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Fieldset legend={t('systems.sections.infrastructure')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('systems.fields.hosting')}
          data={HOSTING_KINDS.map((h) => ({ value: h, label: label(HOSTING_KIND_LABELS[h]) }))}
          allowDeselect={false}
          {...form.getInputProps('hostingKind')}
        />
        <TextInput label={t('systems.fields.hostingProvider')} {...form.getInputProps('hostingProvider')} />
        <TextInput label={t('systems.fields.securityProvider')} {...form.getInputProps('securityProvider')} />
        <TextInput
          label={t('systems.fields.connectivityProvider')}
          {...form.getInputProps('connectivityProvider')}
        />
      </SimpleGrid>
      <TagsInput
        mt="sm"
        label={t('systems.fields.addresses')}
        description={t('systems.fields.addressesHint')}
        splitChars={[',', ';', ' ']}
        clearable
        {...form.getInputProps('addresses')}
      />
      <Text size="sm" fw={500} mt="sm">
        {t('systems.fields.software')}
      </Text>
      <Stack gap={6} mt={4}>
        {form.values.software.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their place
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              style={{ flex: 2 }}
              aria-label={t('systems.fields.product')}
              placeholder={t('systems.fields.product')}
              {...form.getInputProps(`software.${i}.product`)}
            />
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('systems.fields.version')}
              placeholder={t('systems.fields.version')}
              {...form.getInputProps(`software.${i}.version`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('systems.fields.removeRow')}
              onClick={() => form.removeListItem('software', i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('software', { product: '', version: '' })}
        >
          {t('systems.fields.addSoftware')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function ContactFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('systems.sections.contacts')}>
      <Stack gap="sm">
        {form.values.contacts.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their place
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput
                label={t('systems.fields.contactName')}
                {...form.getInputProps(`contacts.${i}.name`)}
              />
              <TextInput
                label={t('systems.fields.contactTitle')}
                {...form.getInputProps(`contacts.${i}.title`)}
              />
              <TextInput
                label={t('systems.fields.contactPhone')}
                type="tel"
                {...form.getInputProps(`contacts.${i}.phone`)}
              />
              <TextInput
                label={t('systems.fields.contactEmail')}
                type="email"
                {...form.getInputProps(`contacts.${i}.email`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('systems.fields.removeRow')}
              onClick={() => form.removeListItem('contacts', i)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('contacts', { name: '', title: '', phone: '', email: '' })}
        >
          {t('systems.fields.addContact')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** Create or edit one system of the inventory, with every field the forms of TT 20 ask for. */
export function SystemForm({
  system,
  unitId,
  onDone,
}: {
  system?: SystemView;
  unitId?: string | null;
  onDone: (saved: SystemView) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const save = useSaveSystem();
  const form = useForm<SystemFormValues>({
    mode: 'controlled',
    initialValues: systemFormValues(system, unitId),
    validate: (values) =>
      systemFormErrors(values, {
        required: t('errors.required'),
        address: (value) => t('systems.validation.address', { value }),
        decision: t('systems.validation.decision'),
        unclassifiedApproved: t('systems.validation.unclassifiedApproved'),
      }),
  });
  const submit = (values: SystemFormValues) =>
    save.mutate(
      { id: system?.id, version: system?.version, input: systemInput(values) },
      {
        onSuccess: (saved) => {
          notifySuccess(system ? t('systems.updated') : t('systems.created', { name: saved.name }));
          onDone(saved);
        },
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="system-form">
      <Stack>
        <Fieldset legend={t('systems.sections.general')}>
          <TextInput label={t('systems.fields.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <Select
              label={t('systems.fields.kind')}
              required
              data={SYSTEM_KINDS.map((k) => ({ value: k, label: label(SYSTEM_KIND_LABELS[k]) }))}
              {...form.getInputProps('kind')}
            />
            <div />
            <UnitSelect
              label={t('systems.fields.owner')}
              required
              value={form.values.ownerUnitId}
              onChange={(id) => form.setFieldValue('ownerUnitId', id)}
              error={form.errors.ownerUnitId as string | undefined}
            />
            <UnitSelect
              label={t('systems.fields.operator')}
              required
              value={form.values.operatingUnitId}
              onChange={(id) => form.setFieldValue('operatingUnitId', id)}
              error={form.errors.operatingUnitId as string | undefined}
            />
          </SimpleGrid>
        </Fieldset>
        <LevelFields form={form} />
        <InfrastructureFields form={form} />
        <Fieldset legend={t('systems.sections.backup')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('systems.fields.backup')}
              data={BACKUP_STATUSES.map((b) => ({ value: b, label: label(BACKUP_STATUS_LABELS[b]) }))}
              allowDeselect={false}
              {...form.getInputProps('backupStatus')}
            />
            <TextInput
              label={t('systems.fields.lastRestoreTest')}
              type="date"
              {...form.getInputProps('lastRestoreTestAt')}
            />
          </SimpleGrid>
        </Fieldset>
        <ContactFields form={form} />
        <Textarea label={t('systems.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => form.reset()}>
            {t('systems.form.reset')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
