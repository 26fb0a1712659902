import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import type { BudgetLineView } from '../budget-types.ts';
import { useDeleteLine, useTransition } from '../hooks/use-budget.ts';

interface Props {
  line: BudgetLineView;
  onEdit: () => void;
  onSpending: () => void;
  /** On the line's own page the appraise/decide buttons are the forms below, not links. */
  onLinePage?: boolean;
}

/** The moves a line allows this user, read from its allowed actions and status (the API decides). */
export function LineActions({ line, onEdit, onSpending, onLinePage = false }: Props) {
  const { t } = useTranslation();
  const transition = useTransition();
  const remove = useDeleteLine();
  const [confirm, confirmElement] = useConfirm();
  const manage = line.allowedActions.includes('budget.manage');
  const appraise = line.allowedActions.includes('budget.appraise');
  const decide = line.allowedActions.includes('budget.decide');
  const move = (to: 'submitted' | 'draft', message: string) =>
    transition.mutate({ id: line.id, to }, { onSuccess: () => notifySuccess(message) });
  const onDelete = async () => {
    if (!(await confirm(t('budget.deleteConfirm', { title: line.title }), t('budget.actions.delete'))))
      return;
    remove.mutate(line.id, { onSuccess: () => notifySuccess(t('budget.deleted')) });
  };
  const small = { size: 'compact-sm', variant: 'light' } as const;
  return (
    <Group gap={4} wrap="wrap" justify="flex-end">
      {manage && (line.status === 'draft' || line.status === 'rejected') && (
        <Button {...small} variant="subtle" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      )}
      {manage && line.status === 'draft' && (
        <Button
          {...small}
          onClick={() => move('submitted', t('budget.submitted'))}
          loading={transition.isPending}
        >
          {t('budget.actions.submit')}
        </Button>
      )}
      {manage && line.status === 'rejected' && (
        <Button {...small} variant="subtle" onClick={() => move('draft', t('budget.reopened'))}>
          {t('budget.actions.reopen')}
        </Button>
      )}
      {manage && line.status === 'submitted' && (
        <Button {...small} variant="subtle" onClick={() => move('draft', t('budget.withdrawn'))}>
          {t('budget.actions.withdraw')}
        </Button>
      )}
      {!onLinePage && (appraise || decide) && (
        <Button
          {...small}
          color={appraise ? 'violet' : 'teal'}
          component={Link}
          to={`/budget/lines/${line.id}`}
        >
          {appraise ? t('budget.actions.appraise') : t('budget.actions.decide')}
        </Button>
      )}
      {!onLinePage && line.status === 'approved' && (
        <Button {...small} variant="subtle" onClick={onSpending}>
          {t('budget.actions.spending')}
        </Button>
      )}
      {manage && line.status === 'draft' && (
        <Button {...small} variant="subtle" color="red" onClick={() => void onDelete()}>
          {t('budget.actions.delete')}
        </Button>
      )}
      {confirmElement}
    </Group>
  );
}
