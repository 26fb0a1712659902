import {
  Button,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { UNIT_TYPE_LABELS, type UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { RequestInput, Targeting } from '@ungcuu/domain/requests/request-api.ts';
import {
  REQUESTABLE_UNIT_TYPES,
  type RequestField,
  templateFields,
} from '@ungcuu/domain/requests/request-form.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiGet, notifySuccess } from '../../../api/client.ts';
import type { Page, Unit } from '../../../api/types.ts';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { FieldBuilder } from '../components/field-builder.tsx';
import { useRequestTemplates, useSendRequest } from '../hooks/use-requests.ts';

type Mode = Targeting['mode'];

/** The focal office writes a request: from a template or blank, to whom, by when, with which fields. */
export function RequestCreatePage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const navigate = useNavigate();
  const templates = useRequestTemplates();
  const send = useSendRequest();
  const units = useQuery({
    queryKey: ['units', 'all-for-requests'],
    queryFn: ({ signal }) => apiGet<Page<Unit>>('/api/units', { limit: 200, offset: 0 }, signal),
  });
  const [template, setTemplate] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [deadline, setDeadline] = useState('');
  const [mode, setMode] = useState<Mode>('all');
  const [unitTypes, setUnitTypes] = useState<string[]>([...REQUESTABLE_UNIT_TYPES]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [fields, setFields] = useState<RequestField[]>([]);

  const pickTemplate = (code: string | null) => {
    setTemplate(code);
    const found = templates.data?.items.find((x) => x.code === code);
    if (!found) return;
    setTitle(found.title[locale]);
    setInstructions(found.instructions[locale]);
    setFields(templateFields(found as Parameters<typeof templateFields>[0], locale));
  };
  const targeting: Targeting =
    mode === 'all'
      ? { mode }
      : mode === 'types'
        ? { mode, unitTypes: unitTypes as UnitType[] }
        : { mode, unitIds };
  const input: RequestInput = {
    title: title.trim(),
    instructions: instructions.trim(),
    ...(template ? { template: template as NonNullable<RequestInput['template']> } : {}),
    fields,
    targeting,
    deadline,
  };
  return (
    <>
      <PageHeader title={t('requests.form.heading')} intro={t('requests.intro')} />
      <Paper withBorder p="md" maw={900}>
        <form
          data-testid="request-form"
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate(input, {
              onSuccess: (created) => {
                notifySuccess(t('requests.form.sent', { count: created.targeted }));
                void navigate(`/requests/${created.id}`);
              },
            });
          }}
        >
          <Stack gap="sm">
            <Select
              label={t('requests.form.template')}
              placeholder={t('requests.form.templateNone')}
              data={(templates.data?.items ?? []).map((x) => ({ value: x.code, label: label(x.title) }))}
              value={template}
              onChange={pickTemplate}
              clearable
              data-testid="request-template"
            />
            <TextInput
              label={t('requests.form.titleLabel')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              minLength={3}
              maxLength={300}
              data-testid="request-title"
            />
            <Textarea
              label={t('requests.form.instructions')}
              value={instructions}
              onChange={(e) => setInstructions(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={10_000}
            />
            <TextInput
              type="date"
              label={t('requests.form.deadline')}
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              required
              data-testid="request-deadline"
              maw={220}
            />
            <Stack gap={4}>
              <SegmentedControl
                aria-label={t('requests.form.targeting')}
                data={[
                  { value: 'all', label: t('requests.form.modeAll') },
                  { value: 'types', label: t('requests.form.modeTypes') },
                  { value: 'units', label: t('requests.form.modeUnits') },
                ]}
                value={mode}
                onChange={(v) => setMode(v as Mode)}
                data-testid="request-mode"
              />
              {mode === 'types' && (
                <MultiSelect
                  label={t('requests.form.unitTypes')}
                  data={REQUESTABLE_UNIT_TYPES.map((u) => ({ value: u, label: label(UNIT_TYPE_LABELS[u]) }))}
                  value={unitTypes}
                  onChange={setUnitTypes}
                />
              )}
              {mode === 'units' && (
                <MultiSelect
                  label={t('requests.form.units')}
                  data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                  value={unitIds}
                  onChange={setUnitIds}
                  searchable
                  data-testid="request-units"
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            </Stack>
            <FieldBuilder fields={fields} onChange={setFields} />
            <FormError error={send.error} />
            <Button
              type="submit"
              loading={send.isPending}
              disabled={fields.length === 0}
              data-testid="request-send"
            >
              {t('requests.form.send')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
