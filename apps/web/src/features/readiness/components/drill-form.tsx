import { Input, SegmentedControl, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { nullableText } from '../../../lib/format.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ThreatSelect } from '../../risks/components/threat-select.tsx';
import { SystemMultiSelect } from '../../systems/components/system-multi-select.tsx';
import { useSaveItem } from '../hooks/use-readiness.ts';
import { DRILL_KINDS, type DrillView } from '../readiness-types.ts';
import { done, SaveButtons } from './save-buttons.tsx';

/** A drill (diễn tập) or a scan / threat hunt (rà quét): Chỉ thị 18/CT-TTg counts both for level 3+ systems. */
export function DrillForm({ item, onDone }: { item?: DrillView; onDone: () => void }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<DrillView>('drills');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (item?.unitId ?? actor.unitId) as string | null,
      kind: item?.kind ?? 'drill',
      title: item?.title ?? '',
      scenarioSubtype: (item?.scenarioSubtype ?? null) as Subtype | null,
      heldOn: item?.heldOn ?? '',
      participants: item?.participants ?? [],
      findings: item?.findings ?? '',
      systemIds: item?.systemIds ?? [],
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
          kind: v.kind,
          title: v.title.trim(),
          scenarioSubtype: v.scenarioSubtype,
          heldOn: v.heldOn,
          participants: v.participants.map((p) => p.trim()).filter(Boolean),
          findings: nullableText(v.findings),
          systemIds: v.systemIds,
        },
      },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <Input.Wrapper label={t('readiness.drills.kind')}>
          <SegmentedControl
            fullWidth
            data={DRILL_KINDS.map((k) => ({ value: k, label: t(`readiness.drills.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </Input.Wrapper>
        <UnitSelect
          label={t('readiness.fields.unit')}
          required
          value={form.values.unitId}
          onChange={(id) => form.setFieldValue('unitId', id)}
          error={form.errors.unitId as string | undefined}
        />
        <TextInput label={t('readiness.drills.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('readiness.drills.heldOn')}
            type="date"
            required
            {...form.getInputProps('heldOn')}
          />
          <ThreatSelect
            label={t('readiness.drills.scenario')}
            value={form.values.scenarioSubtype}
            onChange={(s) => form.setFieldValue('scenarioSubtype', s)}
            clearable
          />
        </SimpleGrid>
        <SystemMultiSelect
          label={t('readiness.drills.systems')}
          description={t('readiness.drills.systemsHint')}
          value={form.values.systemIds}
          onChange={(ids) => form.setFieldValue('systemIds', ids)}
        />
        <TagsInput
          label={t('readiness.drills.participants')}
          description={t('readiness.drills.participantsHint')}
          {...form.getInputProps('participants')}
        />
        <Textarea
          label={t('readiness.drills.findings')}
          autosize
          minRows={3}
          {...form.getInputProps('findings')}
        />
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}
