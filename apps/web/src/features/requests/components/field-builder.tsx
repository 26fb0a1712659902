import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  FIELD_TYPE_LABELS,
  FIELD_TYPES,
  type FieldType,
  type RequestField,
} from '@ungcuu/domain/requests/request-form.ts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';

/** A key for a new field, unique in the form (the server refuses duplicates). */
export function nextFieldKey(fields: readonly RequestField[]): string {
  let n = fields.length + 1;
  while (fields.some((f) => f.key === `f${n}`)) n++;
  return `f${n}`;
}

interface Props {
  fields: RequestField[];
  onChange: (fields: RequestField[]) => void;
}

/** The form of a request, built field by field: name, type, required, bounds or choices. */
export function FieldBuilder({ fields, onChange }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const update = (i: number, patch: Partial<RequestField>) =>
    onChange(fields.map((f, j) => (j === i ? ({ ...f, ...patch } as RequestField) : f)));
  return (
    <Stack gap="xs" data-testid="field-builder">
      {fields.map((f, i) => (
        <Paper key={f.key} withBorder p="xs" data-testid={`field-${i}`}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('requests.form.fieldLabel')}
              value={f.label}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
              required
              maxLength={300}
              style={{ flex: '3 1 14rem' }}
              data-testid={`field-${i}-label`}
            />
            <Select
              label={t('requests.form.fieldType')}
              data={FIELD_TYPES.map((type) => ({ value: type, label: label(FIELD_TYPE_LABELS[type]) }))}
              value={f.type}
              allowDeselect={false}
              onChange={(v) => {
                const type = (v ?? 'text') as FieldType;
                update(
                  i,
                  type === 'choice' ? { type, options: f.options ?? [] } : { type, options: undefined },
                );
              }}
              style={{ flex: '1 1 8rem' }}
              data-testid={`field-${i}-type`}
            />
            {f.type === 'number' && (
              <>
                <NumberInput
                  label={t('requests.form.min')}
                  value={f.min ?? ''}
                  onChange={(v) => update(i, { min: typeof v === 'number' ? v : undefined })}
                  style={{ flex: '1 1 6rem' }}
                />
                <NumberInput
                  label={t('requests.form.max')}
                  value={f.max ?? ''}
                  onChange={(v) => update(i, { max: typeof v === 'number' ? v : undefined })}
                  style={{ flex: '1 1 6rem' }}
                />
              </>
            )}
            <Checkbox
              label={t('requests.form.required')}
              checked={f.required}
              onChange={(e) => update(i, { required: e.currentTarget.checked })}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('requests.form.removeField')}
              onClick={() => onChange(fields.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          {f.type === 'choice' && (
            <Textarea
              label={t('requests.form.options')}
              autosize
              minRows={2}
              value={(f.options ?? []).join('\n')}
              onChange={(e) =>
                update(i, {
                  options: [
                    ...new Set(
                      e.currentTarget.value
                        .split('\n')
                        .map((o) => o.trim())
                        .filter(Boolean),
                    ),
                  ],
                })
              }
              mt="xs"
              data-testid={`field-${i}-options`}
            />
          )}
        </Paper>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() =>
          onChange([
            ...fields,
            { key: nextFieldKey(fields), label: '', type: 'number', required: true, min: 0 },
          ])
        }
        disabled={fields.length >= 40}
        data-testid="field-add"
      >
        {t('requests.form.addField')}
      </Button>
    </Stack>
  );
}
