import { Button, Group, Paper, SegmentedControl, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import {
  APPRAISAL_LABELS,
  APPRAISAL_RECOMMENDATIONS,
  type AppraisalRecommendation,
  type BudgetDecision,
  formatVnd,
} from '@ungcuu/domain/budget/budget.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import type { BudgetLineDetail } from '../budget-types.ts';
import { useAppraise, useDecide } from '../hooks/use-budget.ts';
import { VndInput } from './vnd-input.tsx';

// Seed IV.1 and IV.3: the focal office drafts and submits, the finance office appraises, the
// People's Committee decides, then spending is recorded.
const STEP_OF: Record<BudgetLineDetail['status'], number> = {
  draft: 0,
  submitted: 1,
  appraised: 2,
  approved: 3,
  rejected: 3,
};

/** Where the line stands in the flow, who did each step and what they wrote. */
export function LineFlow({ line }: { line: BudgetLineDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const active = line.status === 'approved' && line.spending.length > 0 ? 4 : STEP_OF[line.status];
  return (
    <Stepper active={active} size="sm" orientation="vertical" data-testid="budget-flow">
      <Stepper.Step label={t('budget.flow.draft')} description={line.unitName} />
      <Stepper.Step label={t('budget.flow.submitted')} description={formatVnd(line.amount)} />
      <Stepper.Step
        label={t('budget.flow.appraised')}
        description={
          line.appraisal
            ? `${label(APPRAISAL_LABELS[line.appraisal])}${line.appraisedAmount !== null ? ` — ${formatVnd(line.appraisedAmount)}` : ''} · ${line.appraisedByName ?? ''}`
            : t('budget.flow.appraisedBy')
        }
      />
      <Stepper.Step
        label={t('budget.flow.decided')}
        color={line.status === 'rejected' ? 'red' : undefined}
        description={
          line.status === 'approved'
            ? `${t('budget.flow.approvedAt', { amount: formatVnd(line.approvedAmount ?? line.amount) })} · ${line.decidedByName ?? ''}`
            : line.status === 'rejected'
              ? `${t('budget.flow.rejected')} · ${line.decidedByName ?? ''}`
              : t('budget.flow.decidedBy')
        }
      />
      <Stepper.Step label={t('budget.flow.spent')} description={formatVnd(line.spent)} />
    </Stepper>
  );
}

/** The line's history from its audit trail. */
export function LineHistory({ line }: { line: BudgetLineDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Stack gap={6} data-testid="budget-history">
      {line.history.map((h) => (
        <Text size="sm" key={`${h.at}-${h.action}`}>
          <b>{formatDateTime(h.at, locale)}</b> ·{' '}
          {t(`budget.history.${h.action}`, { defaultValue: h.action })} · {h.actorName}
          {h.amount !== null ? ` · ${formatVnd(h.amount)}` : ''}
          {h.note ? ` — ${h.note}` : ''}
        </Text>
      ))}
    </Stack>
  );
}

/** Finance's form: recommend approval, a reduced amount or rejection, with a note. */
export function AppraisalForm({ line }: { line: BudgetLineDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const appraise = useAppraise(line.id);
  const [recommendation, setRecommendation] = useState<AppraisalRecommendation>('approve');
  const [amount, setAmount] = useState<number | string>('');
  const [note, setNote] = useState('');
  const submit = () =>
    appraise.mutate(
      {
        recommendation,
        ...(recommendation === 'reduce' && typeof amount === 'number' ? { proposedAmount: amount } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: () => notifySuccess(t('budget.appraisedDone')) },
    );
  return (
    <Paper withBorder p="md" data-testid="budget-appraisal-form">
      <Title order={2} size="h5" mb="sm">
        {t('budget.appraise.title')}
      </Title>
      <Stack>
        <SegmentedControl
          data={APPRAISAL_RECOMMENDATIONS.map((r) => ({ value: r, label: label(APPRAISAL_LABELS[r]) }))}
          value={recommendation}
          onChange={(v) => setRecommendation(v as AppraisalRecommendation)}
          fullWidth
          orientation="vertical"
        />
        {recommendation === 'reduce' && (
          <VndInput label={t('budget.appraise.amount')} required value={amount} onChange={setAmount} />
        )}
        <Textarea
          label={t('budget.appraise.note')}
          description={recommendation === 'approve' ? undefined : t('budget.appraise.noteNeeded')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button color="violet" loading={appraise.isPending} onClick={submit}>
            {t('budget.actions.appraise')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The leader's form: approve at an amount (finance's proposal by default) or reject with a reason. */
export function DecisionForm({ line }: { line: BudgetLineDetail }) {
  const { t } = useTranslation();
  const decide = useDecide(line.id);
  const [decision, setDecision] = useState<BudgetDecision>(
    line.appraisal === 'reject' ? 'reject' : 'approve',
  );
  const [amount, setAmount] = useState<number | string>(line.appraisedAmount ?? line.amount);
  const [note, setNote] = useState('');
  const submit = () =>
    decide.mutate(
      {
        decision,
        ...(decision === 'approve' && typeof amount === 'number' ? { amount } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => notifySuccess(decision === 'approve' ? t('budget.approved') : t('budget.rejected')),
      },
    );
  return (
    <Paper withBorder p="md" data-testid="budget-decision-form">
      <Title order={2} size="h5" mb="sm">
        {t('budget.decide.title')}
      </Title>
      <Stack>
        <SegmentedControl
          data={[
            { value: 'approve', label: t('budget.actions.approve') },
            { value: 'reject', label: t('budget.actions.reject') },
          ]}
          value={decision}
          onChange={(v) => setDecision(v as BudgetDecision)}
          fullWidth
        />
        {decision === 'approve' && (
          <VndInput label={t('budget.decide.amount')} required value={amount} onChange={setAmount} />
        )}
        <Textarea
          label={t('budget.decide.note')}
          description={decision === 'reject' ? t('budget.decide.rejectHint') : undefined}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button color={decision === 'approve' ? 'teal' : 'red'} loading={decide.isPending} onClick={submit}>
            {decision === 'approve' ? t('budget.actions.approve') : t('budget.actions.reject')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
