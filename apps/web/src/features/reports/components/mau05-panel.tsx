import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import type { Mau05, Mau05Format } from '@ungcuu/domain/documents/documents-api.ts';
import type { PeriodKind } from '@ungcuu/domain/documents/mau05.ts';
import { formatDayVi, formatNumberVi } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useMau05, useMau05Sent, useSaveMau05 } from '../hooks/use-reports.ts';

const CELLS = ['count', 'alone', 'domestic', 'foreign', 'coordinator', 'damage'] as const;
const TEXTS = [
  'memberCode',
  'helpersDomestic',
  'helpersForeign',
  'damageNotes',
  'proposals',
  'notes',
] as const;
type TextField = (typeof TEXTS)[number];

/** Mẫu 05 of one period: the figures from the incidents, what a person adds, the files, the sending. */
export function Mau05Panel() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<PeriodKind>('annual');
  const [year, setYear] = useState(thisYear);
  const report = useMau05(kind, year);
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="mau05">
      <Title order={2} size="h4" mb="xs">
        {t('reports.mau05.title')}
      </Title>
      <Group mb="sm" gap="sm" wrap="wrap">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as PeriodKind)}
          data={[
            { value: 'six_month', label: t('reports.mau05.sixMonth') },
            { value: 'annual', label: t('reports.mau05.annual') },
          ]}
        />
        <Select
          aria-label={t('reports.year')}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          data={years}
          w={110}
          allowDeselect={false}
        />
      </Group>
      <QueryState isPending={report.isPending} error={report.error} onRetry={() => void report.refetch()}>
        {report.data && (
          <Mau05Body data={report.data} manage={can(actor, 'report.manage')} key={`${kind}-${year}`} />
        )}
      </QueryState>
    </Paper>
  );
}

function Mau05Body({ data, manage }: { data: Mau05; manage: boolean }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const save = useSaveMau05(data.kind, data.year);
  const sent = useMau05Sent(data.kind, data.year);
  const initial = Object.fromEntries(TEXTS.map((f) => [f, data[f] ?? ''])) as Record<TextField, string>;
  const [draft, setDraft] = useState(initial);
  const [sentTo, setSentTo] = useState(data.sentTo ?? '');
  const [reference, setReference] = useState(data.reference ?? '');
  const initialKey = JSON.stringify(initial);
  useEffect(() => setDraft(JSON.parse(initialKey)), [initialKey]);
  const base = `/api/reports/mau05/${data.kind}/${data.year}/document`;
  const download = (format: Mau05Format) =>
    void downloadFile(`${base}.${format}`, `Mau05-${data.year}.${format}`).then(() => void 0);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">
          {label(data.label)}: {formatDayVi(data.start)} – {formatDayVi(data.end)} ·{' '}
          {t('reports.mau05.due', { day: formatDayVi(data.dueBefore) })}
        </Text>
        {!data.verified && <Badge color="yellow">{t('reports.mau05.unverified')}</Badge>}
        {data.sentAt && (
          <Badge color="green">
            {t('reports.mau05.sentBadge', { day: formatDayVi(data.sentAt), to: data.sentTo ?? '' })}
          </Badge>
        )}
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="mau05-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.mau05.type')}</Table.Th>
              {CELLS.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`reports.mau05.cells.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.type}>
                <Table.Td>{label(r.label)}</Table.Td>
                {CELLS.map((c) => (
                  <Table.Td key={c} ta="right">
                    {formatNumberVi(r.cells[c])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('reports.mau05.total')}</Table.Td>
              {CELLS.map((c) => (
                <Table.Td key={c} ta="right" data-testid={`mau05-total-${c}`}>
                  {formatNumberVi(data.total[c])}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(data.incidentHelpersDomestic.length > 0 || data.incidentHelpersForeign.length > 0) && (
        <Text size="sm" c="dimmed">
          {t('reports.mau05.helpersFromIncidents')}:{' '}
          {[...data.incidentHelpersDomestic, ...data.incidentHelpersForeign].join('; ')}
        </Text>
      )}
      {manage &&
        TEXTS.map((f) =>
          f === 'memberCode' ? (
            <TextInput
              key={f}
              label={t(`reports.mau05.fields.${f}`)}
              value={draft[f]}
              maxLength={100}
              onChange={(e) => setDraft({ ...draft, [f]: e.currentTarget.value })}
            />
          ) : (
            <Textarea
              key={f}
              label={t(`reports.mau05.fields.${f}`)}
              value={draft[f]}
              autosize
              minRows={2}
              maxLength={f === 'proposals' ? 8000 : 4000}
              onChange={(e) => setDraft({ ...draft, [f]: e.currentTarget.value })}
            />
          ),
        )}
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          {(['docx', 'pdf', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => download(format)}
              data-testid={`mau05-download-${format}`}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </Group>
        {manage && (
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(Object.fromEntries(TEXTS.map((f) => [f, draft[f].trim() || null])), {
                onSuccess: () => notifySuccess(t('common.saved')),
              })
            }
          >
            {t('common.save')}
          </Button>
        )}
      </Group>
      {manage && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('reports.mau05.sentTo')}
            value={sentTo}
            maxLength={500}
            onChange={(e) => setSentTo(e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <TextInput
            label={t('reports.mau05.reference')}
            value={reference}
            maxLength={100}
            onChange={(e) => setReference(e.currentTarget.value)}
            w={160}
          />
          <Button
            variant="default"
            disabled={sentTo.trim().length < 2}
            loading={sent.isPending}
            onClick={() =>
              sent.mutate(
                {
                  sentAt: new Date().toISOString(),
                  sentTo: sentTo.trim(),
                  ...(reference.trim() ? { reference: reference.trim() } : {}),
                },
                { onSuccess: () => notifySuccess(t('reports.mau05.sentSaved')) },
              )
            }
          >
            {t('reports.mau05.recordSent')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
