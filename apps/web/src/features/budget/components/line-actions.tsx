import { Button, Group, Stack, Textarea } from '@mantine/core';
import type { BudgetLineStatus } from '@ungcuu/domain/budget/budget.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import type { BudgetLineView } from '../budget-types.ts';
import { useDeleteLine, useTransition } from '../hooks/use-budget.ts';

interface Props {
  line: BudgetLineView;
  onEdit: () => void;
  onSpending: () => void;
}

type Decision = 'approved' | 'rejected';

/** The moves a line allows this user, read from its allowed actions and status (the API decides). */
export function LineActions({ line, onEdit, onSpending }: Props) {
  const { t } = useTranslation();
  const transition = useTransition();
  const remove = useDeleteLine();
  const [confirm, confirmElement] = useConfirm();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const manage = line.allowedActions.includes('budget.manage');
  const approve = line.allowedActions.includes('budget.approve');
  const move = (to: BudgetLineStatus, message: string, withNote?: string) =>
    transition.mutate(
      { id: line.id, to, ...(withNote ? { note: withNote } : {}) },
      {
        onSuccess: () => {
          notifySuccess(message);
          setDeciding(null);
          setNote('');
        },
      },
    );
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
      {approve && (
        <>
          <Button {...small} color="teal" onClick={() => setDeciding('approved')}>
            {t('budget.actions.approve')}
          </Button>
          <Button {...small} color="red" onClick={() => setDeciding('rejected')}>
            {t('budget.actions.reject')}
          </Button>
        </>
      )}
      {line.status === 'approved' && (
        <Button {...small} variant="subtle" onClick={onSpending}>
          {t('budget.actions.spending')}
        </Button>
      )}
      {manage && line.status === 'draft' && (
        <Button {...small} variant="subtle" color="red" onClick={() => void onDelete()}>
          {t('budget.actions.delete')}
        </Button>
      )}
      <AppModal
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding === 'approved' ? t('budget.decide.approveTitle') : t('budget.decide.rejectTitle')}
      >
        <Stack>
          <Textarea
            label={t('budget.decide.note')}
            description={deciding === 'rejected' ? t('budget.decide.rejectHint') : undefined}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              color={deciding === 'approved' ? 'teal' : 'red'}
              loading={transition.isPending}
              onClick={() =>
                deciding &&
                move(
                  deciding,
                  deciding === 'approved' ? t('budget.approved') : t('budget.rejected'),
                  note.trim() || undefined,
                )
              }
            >
              {deciding === 'approved' ? t('budget.actions.approve') : t('budget.actions.reject')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
      {confirmElement}
    </Group>
  );
}
