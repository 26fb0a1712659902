import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { fromLocalInput, toLocalInput } from '../datetime.ts';
import { documentUrl, useDocuments, useRecordSent } from '../hooks/use-incident-work.ts';
import type { DocForm, IncidentDetail, OfficialDocument } from '../incident-types.ts';

const FORMS: readonly DocForm[] = ['mau03', 'mau04'];

function FormCard({
  incident,
  form,
  docs,
}: {
  incident: IncidentDetail;
  form: DocForm;
  docs: OfficialDocument[];
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const sent = docs.filter((d) => d.form === form && d.sentAt);
  const generated = docs.filter((d) => d.form === form && d.generatedAt);
  const download = async () => {
    setBusy(true);
    try {
      // Each download is recorded as an issue of the document: the list of issues changes.
      if (await downloadFile(documentUrl(incident.id, form), `${incident.code}-${form}.docx`)) {
        await client.invalidateQueries({ queryKey: ['incident', incident.id, 'documents'] });
      }
    } finally {
      setBusy(false);
    }
  };
  const lastGenerated = generated
    .map((d) => d.generatedAt ?? '')
    .sort()
    .at(-1);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h6">
          {t(`incidents.documents.forms.${form}`)}
        </Title>
        <Text size="xs" c="dimmed">
          {t(`incidents.documents.hints.${form}`)}
        </Text>
        <Button
          leftSection={<IconFileTypeDocx size={18} aria-hidden />}
          onClick={() => void download()}
          loading={busy}
          variant="light"
          data-testid={`download-${form}`}
        >
          {t('incidents.documents.download')}
        </Button>
        {lastGenerated && (
          <Text size="xs" c="dimmed">
            {t('incidents.documents.generatedAt', { at: formatDateTime(lastGenerated, locale) })}
          </Text>
        )}
        {sent.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('incidents.documents.notSent')}
          </Text>
        ) : (
          sent.map((d) => (
            <Text key={d.id} size="xs">
              {t('incidents.documents.sentLine', {
                at: formatDateTime(d.sentAt, locale),
                to: d.sentTo ?? '',
                reference: d.reference ?? '—',
              })}
            </Text>
          ))
        )}
      </Stack>
    </Paper>
  );
}

/** Sending is recorded against the latest issue of a form: only forms already downloaded are offered. */
function RecordSentForm({ incidentId, docs }: { incidentId: string; docs: OfficialDocument[] }) {
  const { t } = useTranslation();
  const record = useRecordSent(incidentId);
  const issued = FORMS.filter((f) => docs.some((d) => d.form === f));
  const [chosen, setForm] = useState<DocForm | null>(null);
  const form = chosen && issued.includes(chosen) ? chosen : (issued[0] ?? null);
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [sentTo, setSentTo] = useState('');
  const [reference, setReference] = useState('');
  const sentAt = fromLocalInput(at);
  const ready = form !== null && sentAt !== null && sentTo.trim().length >= 2;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Title order={3} size="h6" mb="xs">
        {t('incidents.documents.recordTitle')}
      </Title>
      {form === null ? (
        <Text size="sm" c="dimmed">
          {t('incidents.documents.downloadFirst')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('incidents.documents.form')}
              data={issued.map((f) => ({ value: f, label: t(`incidents.documents.forms.${f}`) }))}
              value={form}
              onChange={(v) => v && setForm(v as DocForm)}
              allowDeselect={false}
              style={{ flex: '1 1 14rem' }}
            />
            <TextInput
              type="datetime-local"
              label={t('incidents.documents.sentAt')}
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              style={{ flex: '0 1 14rem' }}
            />
            <TextInput
              label={t('incidents.documents.reference')}
              placeholder={t('incidents.documents.referencePlaceholder')}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              maxLength={100}
              style={{ flex: '1 1 10rem' }}
            />
          </Group>
          <TextInput
            label={t('incidents.documents.sentTo')}
            placeholder={t('incidents.documents.sentToPlaceholder')}
            value={sentTo}
            onChange={(e) => setSentTo(e.currentTarget.value)}
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button
              disabled={!ready}
              loading={record.isPending}
              onClick={() =>
                form &&
                sentAt &&
                record.mutate(
                  {
                    form,
                    sentAt,
                    sentTo: sentTo.trim(),
                    ...(reference.trim() ? { reference: reference.trim() } : {}),
                  },
                  {
                    onSuccess: () => {
                      notifySuccess(t('incidents.documents.recorded'));
                      setSentTo('');
                      setReference('');
                    },
                  },
                )
              }
            >
              {t('incidents.documents.record')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

/** Báo cáo: the official forms of TT 20/2017 (Mẫu 03 initial, Mẫu 04 final) and when they were sent. */
export function DocumentsTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const allowed = incident.allowedActions.includes('incident.report_docs');
  const docs = useDocuments(incident.id, allowed);
  if (!allowed) return <Text c="dimmed">{t('incidents.documents.noAccess')}</Text>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {FORMS.map((form) => (
          <FormCard key={form} incident={incident} form={form} docs={docs.data ?? []} />
        ))}
      </SimpleGrid>
      {docs.isError && (
        <Text size="sm" c="dimmed">
          {t('incidents.documents.listUnavailable')}
        </Text>
      )}
      <RecordSentForm incidentId={incident.id} docs={docs.data ?? []} />
    </Stack>
  );
}
