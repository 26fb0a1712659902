import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '@ungcuu/domain/org/unit-types.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, notifySuccess } from '../../../api/client.ts';
import type { Page, Unit } from '../../../api/types.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { nullableText, yearOptions } from '../../../lib/format.ts';
import { usePlanInspection, usePlanYear } from '../hooks/use-inspections.ts';

/** Plan one unit's inspection for a year, or every unit of a kind at once (seed IV.1: yearly). */
export function PlanDialog({ year: initialYear, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const [mode, setMode] = useState<'one' | 'many'>('one');
  const [year, setYear] = useState(String(initialYear));
  const [unitId, setUnitId] = useState<string | null>(null);
  const [type, setType] = useState<UnitType>('commune');
  const [plannedOn, setPlannedOn] = useState('');
  const [inspector, setInspector] = useState('');
  const [busy, setBusy] = useState(false);
  const planOne = usePlanInspection();
  const planMany = usePlanYear();
  const submit = async () => {
    if (mode === 'one') {
      if (!unitId) return;
      planOne.mutate(
        {
          unitId,
          year: Number(year),
          plannedOn: nullableText(plannedOn),
          inspectorName: nullableText(inspector),
        },
        {
          onSuccess: () => {
            notifySuccess(t('inspections.plan.doneOne'));
            onDone();
          },
        },
      );
      return;
    }
    setBusy(true);
    try {
      const units = await apiGet<Page<Unit>>('/api/units', { type, limit: 200, offset: 0 });
      if (units.items.length === 0) return;
      const result = await planMany.mutateAsync({
        year: Number(year),
        unitIds: units.items.map((u) => u.id),
        plannedOn: nullableText(plannedOn),
      });
      notifySuccess(t('inspections.plan.doneMany', { created: result.created, skipped: result.skipped }));
      onDone();
    } catch {
      // The API client has shown the error.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v === 'many' ? 'many' : 'one')}
        data={[
          { value: 'one', label: t('inspections.plan.one') },
          { value: 'many', label: t('inspections.plan.many') },
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('inspections.fields.year')}
          data={yearOptions()}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
        />
        <TextInput
          label={t('inspections.fields.plannedOn')}
          type="date"
          value={plannedOn}
          onChange={(e) => setPlannedOn(e.currentTarget.value)}
        />
      </SimpleGrid>
      {mode === 'one' ? (
        <>
          <UnitSelect
            label={t('inspections.fields.unit')}
            value={unitId}
            onChange={setUnitId}
            required
            testId="plan-unit"
          />
          <TextInput
            label={t('inspections.fields.inspector')}
            value={inspector}
            onChange={(e) => setInspector(e.currentTarget.value)}
          />
        </>
      ) : (
        <>
          <Select
            label={t('inspections.plan.unitType')}
            data={UNIT_TYPES.map((v) => ({ value: v, label: label(UNIT_TYPE_LABELS[v]) }))}
            value={type}
            onChange={(v) => v && setType(v as UnitType)}
            allowDeselect={false}
          />
          <Text size="xs" c="dimmed">
            {t('inspections.plan.manyHint')}
          </Text>
        </>
      )}
      <Group justify="flex-end">
        <Button
          onClick={() => void submit()}
          loading={planOne.isPending || busy}
          disabled={mode === 'one' && !unitId}
        >
          {t('inspections.plan.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
