import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { SystemSelect } from '../../systems/components/system-select.tsx';
import {
  useAlertSources,
  useDeleteMaintenance,
  useDeleteSuppression,
  useMaintenance,
  useSaveMaintenance,
  useSaveSuppression,
  useSuppressions,
} from '../hooks/use-alerts.ts';

/** A `datetime-local` value (the browser's clock, Vietnam for the office) → ISO, or null. */
function instant(local: string): string | null {
  if (!local) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** Suppression rules (with expiry) and maintenance windows of systems (issue 10). */
export function SuppressionsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const manage = can(actor, 'alert.manage');
  return (
    <Stack>
      <PageHeader title={t('alerts.suppressions.title')} intro={t('alerts.suppressions.intro')} />
      <SuppressionRules manage={manage} />
      <MaintenanceWindows manage={manage} />
    </Stack>
  );
}

interface ListSectionProps {
  title: string;
  createLabel: string;
  manage: boolean;
  query: { isPending: boolean; error: unknown; refetch: () => unknown; data?: { items: readonly unknown[] } };
  testId: string;
  emptyText: string;
  /** The creation form in the modal; `onDone` closes it. */
  form: (onDone: () => void) => ReactNode;
  /** Shown beside the create button. */
  controls?: ReactNode;
  /** The table's head and body. */
  children: ReactNode;
}

/** A titled list (a striped table, the empty note) with a create button opening a form in a modal. */
function ListSection({
  title,
  createLabel,
  manage,
  query,
  testId,
  emptyText,
  form,
  controls,
  children,
}: ListSectionProps) {
  const [creating, setCreating] = useState(false);
  const create = manage && <Button onClick={() => setCreating(true)}>{createLabel}</Button>;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {controls ? (
          <Group>
            {controls}
            {create}
          </Group>
        ) : (
          create
        )}
      </Group>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid={testId}>
            {children}
          </Table>
        </Table.ScrollContainer>
        {query.data?.items.length === 0 && (
          <Text c="dimmed" p="sm">
            {emptyText}
          </Text>
        )}
      </QueryState>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={createLabel}>
        {form(() => setCreating(false))}
      </AppModal>
    </Paper>
  );
}

/** The remove button of a row, for those who manage alerts. */
function RemoveCell({ manage, onRemove }: { manage: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  if (!manage) return null;
  return (
    <Table.Td>
      <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
        {t('alerts.suppressions.remove')}
      </Button>
    </Table.Td>
  );
}

function SuppressionRules({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rules = useSuppressions();
  const remove = useDeleteSuppression();
  return (
    <ListSection
      title={t('alerts.suppressions.rules')}
      createLabel={t('alerts.suppressions.create')}
      manage={manage}
      query={rules}
      testId="suppressions-table"
      emptyText={t('alerts.suppressions.empty')}
      form={(onDone) => <SuppressionForm onDone={onDone} />}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('alerts.suppressions.source')}</Table.Th>
          <Table.Th>{t('alerts.suppressions.ruleId')}</Table.Th>
          <Table.Th>{t('alerts.suppressions.host')}</Table.Th>
          <Table.Th>{t('alerts.suppressions.reason')}</Table.Th>
          <Table.Th>{t('alerts.suppressions.expiresAt')}</Table.Th>
          <Table.Th>{t('alerts.suppressions.hits')}</Table.Th>
          {manage && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rules.data?.items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.sourceName ?? '–'}</Table.Td>
            <Table.Td ff="monospace">{r.ruleId ?? '–'}</Table.Td>
            <Table.Td ff="monospace">{r.host ?? '–'}</Table.Td>
            <Table.Td>{r.reason}</Table.Td>
            <Table.Td>
              {r.expiresAt ? formatDateTime(r.expiresAt, locale) : t('alerts.suppressions.never')}{' '}
              <Badge color={r.active ? 'green' : 'gray'} variant="light">
                {r.active ? t('alerts.suppressions.active') : t('alerts.suppressions.expired')}
              </Badge>
            </Table.Td>
            <Table.Td>{r.hits}</Table.Td>
            <RemoveCell manage={manage} onRemove={() => remove.mutate(r.id)} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListSection>
  );
}

function SuppressionForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const sources = useAlertSources();
  const save = useSaveSuppression();
  const [v, setV] = useState({
    sourceId: null as string | null,
    ruleId: '',
    host: '',
    reason: '',
    expiresAt: '',
  });
  const someCondition = !!(v.sourceId || v.ruleId.trim() || v.host.trim());
  const submit = () =>
    save.mutate(
      {
        sourceId: v.sourceId,
        ruleId: v.ruleId.trim() || null,
        host: v.host.trim() || null,
        reason: v.reason.trim(),
        expiresAt: instant(v.expiresAt),
      },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      <Select
        label={t('alerts.suppressions.source')}
        clearable
        data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={v.sourceId}
        onChange={(sourceId) => setV({ ...v, sourceId })}
      />
      <TextInput
        label={t('alerts.suppressions.ruleId')}
        maxLength={255}
        value={v.ruleId}
        onChange={(e) => setV({ ...v, ruleId: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.suppressions.host')}
        maxLength={255}
        value={v.host}
        onChange={(e) => setV({ ...v, host: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.suppressions.reason')}
        required
        maxLength={500}
        value={v.reason}
        onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
      />
      <TextInput
        type="datetime-local"
        label={t('alerts.suppressions.expiresAt')}
        value={v.expiresAt}
        onChange={(e) => setV({ ...v, expiresAt: e.currentTarget.value })}
      />
      {!someCondition && (
        <Text size="sm" c="dimmed">
          {t('alerts.suppressions.needOne')}
        </Text>
      )}
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button
          onClick={submit}
          loading={save.isPending}
          disabled={!someCondition || v.reason.trim().length < 3}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function MaintenanceWindows({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [past, setPast] = useState(false);
  const windows = useMaintenance(past);
  const remove = useDeleteMaintenance();
  const now = Date.now();
  const state = (w: { startsAt: string; endsAt: string }) =>
    Date.parse(w.endsAt) <= now ? 'ended' : Date.parse(w.startsAt) <= now ? 'active' : 'planned';
  return (
    <ListSection
      title={t('alerts.maintenance.title')}
      createLabel={t('alerts.maintenance.create')}
      manage={manage}
      query={windows}
      testId="maintenance-table"
      emptyText={t('alerts.maintenance.empty')}
      form={(onDone) => <MaintenanceForm onDone={onDone} />}
      controls={
        <Checkbox
          label={t('alerts.maintenance.showPast')}
          checked={past}
          onChange={(e) => setPast(e.currentTarget.checked)}
        />
      }
    >
      <Table.Tbody>
        {windows.data?.items.map((w) => (
          <Table.Tr key={w.id}>
            <Table.Td>
              {w.systemName}
              <Text size="xs" c="dimmed">
                {w.unitName}
              </Text>
            </Table.Td>
            <Table.Td>
              {formatDateTime(w.startsAt, locale)} – {formatDateTime(w.endsAt, locale)}
            </Table.Td>
            <Table.Td>{w.reason}</Table.Td>
            <Table.Td>
              <Badge
                variant="light"
                color={state(w) === 'active' ? 'orange' : state(w) === 'planned' ? 'blue' : 'gray'}
              >
                {t(`alerts.maintenance.${state(w)}`)}
              </Badge>
            </Table.Td>
            <RemoveCell manage={manage} onRemove={() => remove.mutate(w.id)} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListSection>
  );
}

function MaintenanceForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMaintenance();
  const [v, setV] = useState({ systemId: null as string | null, startsAt: '', endsAt: '', reason: '' });
  const startsAt = instant(v.startsAt);
  const endsAt = instant(v.endsAt);
  const ready = v.systemId && startsAt && endsAt && endsAt > startsAt && v.reason.trim().length >= 3;
  return (
    <Stack>
      <SystemSelect
        label={t('alerts.maintenance.system')}
        required
        value={v.systemId}
        onChange={(systemId) => setV({ ...v, systemId })}
      />
      <TextInput
        type="datetime-local"
        required
        label={t('alerts.maintenance.startsAt')}
        value={v.startsAt}
        onChange={(e) => setV({ ...v, startsAt: e.currentTarget.value })}
      />
      <TextInput
        type="datetime-local"
        required
        label={t('alerts.maintenance.endsAt')}
        value={v.endsAt}
        onChange={(e) => setV({ ...v, endsAt: e.currentTarget.value })}
      />
      <TextInput
        label={t('alerts.maintenance.reason')}
        required
        maxLength={500}
        value={v.reason}
        onChange={(e) => setV({ ...v, reason: e.currentTarget.value })}
      />
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button
          disabled={!ready}
          loading={save.isPending}
          onClick={() =>
            v.systemId &&
            startsAt &&
            endsAt &&
            save.mutate(
              { systemId: v.systemId, startsAt, endsAt, reason: v.reason.trim() },
              { onSuccess: onDone },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
