import { Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS, formatVnd } from '@ungcuu/domain/budget/budget.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppModal } from '../../../components/app-modal.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { LineActions } from '../components/line-actions.tsx';
import { AppraisalForm, DecisionForm, LineFlow, LineHistory } from '../components/line-flow.tsx';
import { LineForm } from '../components/line-form.tsx';
import { SpendingPanel } from '../components/spending-panel.tsx';
import { BudgetStatusBadge } from '../components/status-badge.tsx';
import { useBudgetLine } from '../hooks/use-budget.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </div>
  );
}

/** One budget line: where it stands in the flow, its history, and the step this user may take. */
export function BudgetLinePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { label } = useLocale();
  const phone = useMediaQuery('(max-width: 48em)');
  const line = useBudgetLine(id);
  const [editing, setEditing] = useState(false);
  const l = line.data;
  return (
    <QueryState isPending={line.isPending} error={line.error} onRetry={() => void line.refetch()}>
      {l && (
        <>
          <Anchor component={Link} to="/budget" size="sm">
            ← {t('budget.title')}
          </Anchor>
          <PageHeader
            title={l.title}
            intro={`${label(BUDGET_CATEGORY_LABELS[l.category])} · ${l.unitName} · ${l.fiscalYear}`}
            actions={<BudgetStatusBadge status={l.status} />}
          />
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack>
                <Paper withBorder p="md">
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                    <Figure label={t('budget.cols.amount')} value={formatVnd(l.amount)} />
                    <Figure
                      label={t('budget.fields.proposed')}
                      value={l.appraisedAmount !== null ? formatVnd(l.appraisedAmount) : '—'}
                    />
                    <Figure
                      label={t('budget.fields.approved')}
                      value={l.approvedAmount !== null ? formatVnd(l.approvedAmount) : '—'}
                    />
                    <Figure label={t('budget.cols.spent')} value={formatVnd(l.spent)} />
                  </SimpleGrid>
                  <Text size="sm" mt="sm">
                    {t('budget.fields.funding')}: <b>{label(FUNDING_SOURCE_LABELS[l.fundingSource])}</b>
                    {l.fundingNote ? ` — ${l.fundingNote}` : ''}
                  </Text>
                  {l.note && (
                    <Text size="sm" mt={4}>
                      {l.note}
                    </Text>
                  )}
                  {l.appraisalNote && (
                    <Text size="sm" mt={4} fs="italic">
                      {t('budget.appraisalNote', { note: l.appraisalNote })}
                    </Text>
                  )}
                  {l.decisionNote && (
                    <Text size="sm" mt={4} fs="italic">
                      {t('budget.decisionNote', { note: l.decisionNote })}
                    </Text>
                  )}
                  <Stack mt="sm">
                    <LineActions line={l} onEdit={() => setEditing(true)} onSpending={() => {}} onLinePage />
                  </Stack>
                </Paper>
                {l.allowedActions.includes('budget.appraise') && <AppraisalForm line={l} />}
                {l.allowedActions.includes('budget.decide') && <DecisionForm line={l} />}
                {l.status === 'approved' && (
                  <Paper withBorder p="md">
                    <Title order={2} size="h5" mb="sm">
                      {t('budget.spending.title')}
                    </Title>
                    <SpendingPanel lineId={l.id} />
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <Paper withBorder p="md">
                  <Title order={2} size="h5" mb="sm">
                    {t('budget.flow.title')}
                  </Title>
                  <LineFlow line={l} />
                </Paper>
                <Paper withBorder p="md">
                  <Title order={2} size="h5" mb="sm">
                    {t('budget.history.title')}
                  </Title>
                  <LineHistory line={l} />
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
          <AppModal
            opened={editing}
            onClose={() => setEditing(false)}
            title={t('budget.edit')}
            size="lg"
            fullScreen={phone}
          >
            {editing && <LineForm line={l} year={l.fiscalYear} onDone={() => setEditing(false)} />}
          </AppModal>
        </>
      )}
    </QueryState>
  );
}
