import { ActionIcon, Alert, Button, Group, Table, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconShieldCheck } from '@tabler/icons-react';
import { auditActionLabel, auditEntityLabel } from '@ungcuu/domain/audit/audit-actions.ts';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types.ts';
import { JsonView } from '../../../components/json-view.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { TablePager } from '../../../components/table-pager.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { AuditFilterBar } from '../components/audit-filters.tsx';
import { type AuditFilters, EMPTY_FILTERS, useAuditList, useVerifyAudit } from '../hooks/use-audit.ts';

const PAGE_SIZE = 25;

function VerifyResult({ result }: { result: NonNullable<ReturnType<typeof useVerifyAudit>['data']> }) {
  const { t } = useTranslation();
  if (result.ok) {
    return (
      <Alert color="teal" variant="light" mb="md" role="status" data-testid="audit-verify-result">
        {t('audit.verifyOk', { count: result.checked })}
      </Alert>
    );
  }
  const reason = result.firstBroken ? t(`audit.reasons.${result.firstBroken.reason}`) : '';
  return (
    <Alert color="red" mb="md" role="alert" data-testid="audit-verify-result">
      {t('audit.verifyBroken', { id: result.firstBroken?.id ?? '?', reason, count: result.checked })}
    </Alert>
  );
}

function AuditRow({ entry, phone }: { entry: AuditEntry; phone: boolean }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const [open, setOpen] = useState(false);
  const id = String(entry.id);
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={`audit-detail-${id}`}
            aria-label={open ? t('audit.hideDetails', { id }) : t('audit.showDetails', { id })}
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(entry.at, locale)}
          </Text>
          {phone && (
            <Text size="xs" c="dimmed">
              {entry.actorLabel}
            </Text>
          )}
        </Table.Td>
        <Table.Td visibleFrom="sm">
          <Text size="sm">{entry.actorLabel}</Text>
        </Table.Td>
        <Table.Td>
          {/* The code stays reachable as a tooltip: the action filter and exports use it. */}
          <Text size="sm" title={entry.action} data-testid="audit-action">
            {label(auditActionLabel(entry.action))}
          </Text>
        </Table.Td>
        <Table.Td visibleFrom="sm">
          <Text size="sm">{label(auditEntityLabel(entry.entityType))}</Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {entry.entityId}
          </Text>
        </Table.Td>
        <Table.Td visibleFrom="md">
          <Text size="sm" ff="monospace">
            {entry.ip ?? ''}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={`audit-detail-${id}`}>
          <Table.Td colSpan={6} bg="gray.0" style={{ maxWidth: 0 }}>
            <Group align="flex-start" gap="md" wrap="wrap">
              <JsonView label={t('audit.before')} value={entry.before} />
              <JsonView label={t('audit.after')} value={entry.after} />
            </Group>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const [page, setPage] = useState(1);
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const list = useAuditList(debounced, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const verify = useVerifyAudit();
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          actor.roles.includes('admin') && (
            <Button
              variant="light"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('audit.verify')}
            </Button>
          )
        }
      />
      {verify.data && <VerifyResult result={verify.data} />}
      <AuditFilterBar
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table.ScrollContainer minWidth={phone ? 0 : 820}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
                <Table.Th>{t('audit.cols.at')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('audit.cols.actor')}</Table.Th>
                <Table.Th>{t('audit.cols.action')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('audit.cols.entity')}</Table.Th>
                <Table.Th visibleFrom="md">{t('audit.cols.ip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((entry) => (
                <AuditRow key={String(entry.id)} entry={entry} phone={phone} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
        <TablePager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} />
      </QueryState>
    </>
  );
}
