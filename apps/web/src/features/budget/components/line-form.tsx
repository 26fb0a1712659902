import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  type BudgetCategory,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCES,
  type FundingSource,
} from '@ungcuu/domain/budget/budget.ts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { yearOptions } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import type { BudgetLineView } from '../budget-types.ts';
import { useSaveLine } from '../hooks/use-budget.ts';
import { VndInput } from './vnd-input.tsx';

interface Values {
  fiscalYear: string;
  category: BudgetCategory;
  title: string;
  amount: number | string;
  unitId: string | null;
  note: string;
  fundingSource: FundingSource;
  fundingNote: string;
}

/** A line of the year's estimate (seed IV.1: the focal office drafts; IV.3: finance appraises, the leader decides). */
export function LineForm({
  line,
  year,
  onDone,
}: {
  line?: BudgetLineView;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const save = useSaveLine();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      fiscalYear: String(line?.fiscalYear ?? year),
      category: line?.category ?? 'licences',
      title: line?.title ?? '',
      amount: line?.amount ?? '',
      unitId: line?.unitId ?? actor.unitId,
      note: line?.note ?? '',
      fundingSource: line?.fundingSource ?? 'town_budget',
      fundingNote: line?.fundingNote ?? '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('errors.required')),
      amount: (v) =>
        typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : t('budget.validation.amount'),
      unitId: (v) => (v ? null : t('errors.required')),
    },
  });
  const submit = (v: Values) =>
    save.mutate(
      {
        id: line?.id,
        version: line?.version,
        input: {
          fiscalYear: Number(v.fiscalYear),
          category: v.category,
          title: v.title.trim(),
          amount: Number(v.amount),
          unitId: v.unitId ?? undefined,
          ...(v.note.trim() ? { note: v.note.trim() } : { note: '' }),
          fundingSource: v.fundingSource,
          fundingNote: v.fundingNote.trim(),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(line ? t('budget.updated') : t('budget.created'));
          onDone();
        },
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="budget-line-form">
      <Stack>
        <TextInput label={t('budget.fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('budget.fields.category')}
            data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: label(BUDGET_CATEGORY_LABELS[c]) }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
          <Select
            label={t('budget.fields.year')}
            data={yearOptions()}
            allowDeselect={false}
            {...form.getInputProps('fiscalYear')}
          />
          <VndInput label={t('budget.fields.amount')} required {...form.getInputProps('amount')} />
          <UnitSelect
            label={t('budget.fields.unit')}
            required
            value={form.values.unitId}
            onChange={(id) => form.setFieldValue('unitId', id)}
            error={form.errors.unitId as string | undefined}
          />
          <Select
            label={t('budget.fields.funding')}
            data={FUNDING_SOURCES.map((f) => ({ value: f, label: label(FUNDING_SOURCE_LABELS[f]) }))}
            allowDeselect={false}
            {...form.getInputProps('fundingSource')}
          />
          <TextInput
            label={t('budget.fields.fundingNote')}
            maxLength={500}
            {...form.getInputProps('fundingNote')}
          />
        </SimpleGrid>
        <Textarea label={t('budget.fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
