import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@ungcuu/domain/org/unit-types.ts';
import {
  TARGETING_MODES,
  type TargetingMode,
  TLP_LEVELS,
  type TlpLevel,
  WARNING_SEVERITIES,
  WARNING_SEVERITY_LABELS,
  type WarningSeverity,
} from '@ungcuu/domain/warnings/warning.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { UnitName, UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSaveWarning, useTargetPreview } from '../hooks/use-warnings.ts';
import type { WarningDetail } from '../warning-types.ts';
import {
  EMPTY_PRODUCT,
  initialValues,
  productsOf,
  targetingOf,
  toDraft,
  type WarningFormValues,
} from './warning-form-values.ts';

/** Which units would receive the warning and why (the matched systems per unit). */
function TargetingPreview({ values }: { values: WarningFormValues }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(values, 500);
  const input =
    debounced.mode === 'units' && debounced.unitIds.length === 0
      ? null
      : { tlp: debounced.tlp, targeting: targetingOf(debounced), products: productsOf(debounced) };
  const preview = useTargetPreview(input);
  return (
    <Paper withBorder p="sm" data-testid="targeting-preview">
      <Text fw={500} size="sm" mb={4}>
        {t('warnings.preview.title', { count: preview.data?.items.length ?? 0 })}
      </Text>
      {preview.error ? <FormError error={preview.error} /> : null}
      <Stack gap={2} mah={240} style={{ overflow: 'auto' }}>
        {preview.data?.items.map((u) => (
          <Text size="xs" key={u.unitId}>
            <b>{u.unitName}</b> — {t(`warnings.reason.${u.reason}`)}
            {u.matchedSystems.length > 0 &&
              `: ${u.matchedSystems.map((s) => `${s.systemName} (${s.vendor} ${s.product} ${s.version ?? '?'})`).join('; ')}`}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

/** Create or edit a warning draft: content, affected products, indicators, targeting with its preview. */
export function WarningForm({ warning, onDone }: { warning?: WarningDetail; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const [values, setValues] = useState<WarningFormValues>(() => initialValues(warning));
  const [pickUnit, setPickUnit] = useState<string | null>(null);
  const save = useSaveWarning(warning?.id);
  const set = (patch: Partial<WarningFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setProduct = (i: number, patch: Partial<WarningFormValues['products'][number]>) =>
    set({ products: values.products.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const submit = () => save.mutate(toDraft(values), { onSuccess: (w) => onDone(w.id) });
  const modes = values.tlp === 'RED' ? (['units'] as const) : TARGETING_MODES;

  return (
    <Stack>
      <TextInput
        label={t('warnings.fields.title')}
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        maxLength={300}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('warnings.fields.severity')}
          data={WARNING_SEVERITIES.map((s) => ({ value: s, label: label(WARNING_SEVERITY_LABELS[s]) }))}
          value={values.severity}
          onChange={(v) => v && set({ severity: v as WarningSeverity })}
          allowDeselect={false}
        />
        <Select
          label={t('warnings.fields.tlp')}
          description={t('warnings.fields.tlpHint')}
          data={TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` }))}
          value={values.tlp}
          onChange={(v) =>
            v && set({ tlp: v as TlpLevel, ...(v === 'RED' ? { mode: 'units' as const } : {}) })
          }
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('warnings.fields.deadline')}
          value={values.deadline}
          onChange={(e) => set({ deadline: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label={t('warnings.fields.description')}
        value={values.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        autosize
        minRows={3}
        maxLength={20000}
      />
      <Textarea
        label={t('warnings.fields.requiredActions')}
        value={values.requiredActions}
        onChange={(e) => set({ requiredActions: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={10000}
      />
      <TagsInput
        label={t('warnings.fields.cves')}
        placeholder="CVE-2024-12345"
        value={values.cves}
        onChange={(cves) => set({ cves })}
        maxTags={200}
      />
      <Textarea
        label={t('warnings.fields.indicators')}
        description={t('warnings.fields.indicatorsHint')}
        value={values.indicators}
        onChange={(e) => set({ indicators: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            {t('warnings.fields.products')}
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => set({ products: [...values.products, { ...EMPTY_PRODUCT }] })}
          >
            {t('warnings.fields.addProduct')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mb="xs">
          {t('warnings.fields.rangeHint')}
        </Text>
        <Stack gap="xs">
          {values.products.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            <Group key={i} gap="xs" align="flex-end" wrap="wrap" data-testid="product-row">
              <TextInput
                label={t('warnings.fields.vendor')}
                value={p.vendor}
                onChange={(e) => setProduct(i, { vendor: e.currentTarget.value })}
                style={{ flex: '1 1 8rem' }}
                maxLength={200}
              />
              <TextInput
                label={t('warnings.fields.product')}
                value={p.product}
                onChange={(e) => setProduct(i, { product: e.currentTarget.value })}
                style={{ flex: '1 1 8rem' }}
                maxLength={200}
              />
              <TextInput
                label={t('warnings.fields.versionRange')}
                placeholder="< 2.4.58"
                value={p.versionRange}
                onChange={(e) => setProduct(i, { versionRange: e.currentTarget.value })}
                style={{ flex: '1 1 8rem' }}
                maxLength={200}
              />
              <TextInput
                label="CPE 2.3"
                value={p.cpe}
                onChange={(e) => setProduct(i, { cpe: e.currentTarget.value })}
                style={{ flex: '2 1 12rem' }}
                maxLength={400}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('warnings.remove')}
                onClick={() => set({ products: values.products.filter((_, j) => j !== i) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('warnings.fields.targeting')}
        </Title>
        <SegmentedControl
          fullWidth
          value={values.mode}
          onChange={(v) => set({ mode: v as TargetingMode })}
          data={modes.map((m) => ({ value: m, label: t(`warnings.mode.${m}`) }))}
          mb="sm"
        />
        {values.mode === 'unit_types' && (
          <MultiSelect
            label={t('warnings.fields.unitTypes')}
            data={UNIT_TYPES.map((u) => ({ value: u, label: label(UNIT_TYPE_LABELS[u]) }))}
            value={values.unitTypes}
            onChange={(v) => set({ unitTypes: v as UnitType[] })}
          />
        )}
        {values.mode === 'units' && (
          <Stack gap="xs">
            <UnitSelect
              label={t('warnings.fields.addUnit')}
              value={pickUnit}
              onChange={(id) => {
                if (id && !values.unitIds.includes(id)) set({ unitIds: [...values.unitIds, id] });
                setPickUnit(null);
              }}
            />
            <Group gap={4}>
              {values.unitIds.map((id) => (
                <Badge
                  key={id}
                  variant="light"
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      aria-label={t('warnings.remove')}
                      onClick={() => set({ unitIds: values.unitIds.filter((u) => u !== id) })}
                    >
                      ×
                    </ActionIcon>
                  }
                >
                  <UnitName id={id} />
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        <TargetingPreview values={values} />
      </Paper>
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending} disabled={!values.title.trim()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
