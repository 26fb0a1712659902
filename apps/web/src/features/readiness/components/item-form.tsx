import {
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { ThreatSelect } from '../../risks/components/threat-select.tsx';
import { SystemMultiSelect } from '../../systems/components/system-multi-select.tsx';
import { useSaveItem } from '../hooks/use-readiness.ts';
import { type FieldSpec, fieldsOf, type ItemFormSpec } from '../item-form-specs.ts';
import type { ItemPath } from '../readiness-types.ts';
import { done, SaveButtons } from './save-buttons.tsx';
import { UserMultiSelect } from './user-multi-select.tsx';

type Values = Record<string, unknown>;

/** "Required" for blank text, an empty unit or date; other kinds always have a value. */
function requiredRule(t: TFunction) {
  return (value: unknown) => {
    const blank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    return blank ? t('errors.required') : null;
  };
}

/**
 * The create/edit form of one readiness record kind, drawn from its spec (item-form-specs.ts).
 * A new record starts in the signed-in person's unit.
 */
export function ItemForm<T extends { id: string; version: number }, V extends Values>({
  spec,
  item,
  onDone,
}: {
  spec: ItemFormSpec<T, V>;
  item?: T;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const save = useSaveItem<T>(spec.path as ItemPath);
  const rule = requiredRule(t);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: spec.initialValues(item, actor.unitId),
    validate: Object.fromEntries(
      fieldsOf(spec.rows)
        .filter((f) => f.required)
        .map((f) => [f.name, rule]),
    ) as never,
  });
  const submit = (v: V) =>
    save.mutate(
      { id: item?.id, version: item?.version, input: spec.toInput(v, item) },
      { onSuccess: () => done(t('common.saved'), onDone) },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid={spec.testId}>
      <Stack>
        {spec.rows.map((row) =>
          'fields' in row ? (
            <SimpleGrid key={row.fields[0]?.name} cols={{ base: 1, sm: row.cols }} spacing="sm">
              {row.fields.map((f) => (
                <Field key={f.name} field={f} form={form} />
              ))}
            </SimpleGrid>
          ) : (
            <Field key={row.name} field={row} form={form} />
          ),
        )}
        <SaveButtons loading={save.isPending} />
      </Stack>
    </form>
  );
}

function Field<V extends Values>({ field: f, form }: { field: FieldSpec<V>; form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const label = t(f.label);
  const description = f.description ? t(f.description) : undefined;
  const input = form.getInputProps(f.name);
  const value = form.values[f.name];
  const set = (v: unknown) => form.setFieldValue(f.name, v as never);
  const options = () =>
    (f.options ?? []).map((o) => ({ value: o, label: t(`${f.optionLabels}.${o}` as never) as string }));
  switch (f.kind) {
    case 'unit':
      return (
        <UnitSelect
          label={label}
          required={f.required}
          value={value as string | null}
          onChange={set}
          error={form.errors[f.name] as string | undefined}
        />
      );
    case 'text':
    case 'date':
      return (
        <TextInput
          label={label}
          description={description}
          required={f.required}
          type={f.kind === 'date' ? 'date' : f.inputType}
          {...input}
        />
      );
    case 'textarea':
      return (
        <Textarea
          label={label}
          description={description}
          required={f.required}
          autosize
          minRows={f.minRows ?? 2}
          {...input}
        />
      );
    case 'number':
      return (
        <NumberInput
          label={label}
          min={0}
          allowDecimal={f.decimalScale !== undefined}
          decimalScale={f.decimalScale}
          {...input}
        />
      );
    case 'select':
      return <Select label={label} data={options()} allowDeselect={false} {...input} />;
    case 'segmented':
      return (
        <Input.Wrapper label={label}>
          <SegmentedControl fullWidth data={options()} {...input} />
        </Input.Wrapper>
      );
    case 'tags':
      return <TagsInput label={label} description={description} {...input} />;
    case 'users':
      return <UserMultiSelect label={label} value={value as string[]} onChange={set} />;
    case 'systems':
      return (
        <SystemMultiSelect label={label} description={description} value={value as string[]} onChange={set} />
      );
    case 'threat':
      return <ThreatSelect label={label} value={value as Subtype | null} onChange={set} clearable />;
  }
}
