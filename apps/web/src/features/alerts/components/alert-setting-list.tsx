import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { QueryState } from '../../../components/query-state.tsx';

// What the suppression rules and the maintenance windows share: a titled table with a create
// button, a form in a modal for creating or editing one record, and row buttons to edit or
// remove it (removal asks first).

/** A `datetime-local` value (the browser's clock, Vietnam for the office) → ISO, or null. */
export function instant(local: string): string | null {
  if (!local) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** An ISO instant → the `datetime-local` value of the browser's clock ('' for none). */
export function localInput(iso: string | null): string {
  if (!iso) return '';
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

interface SettingListProps<R> {
  title: string;
  createLabel: string;
  editLabel: string;
  manage: boolean;
  query: { isPending: boolean; error: unknown; refetch: () => unknown; data?: { items: readonly R[] } };
  testId: string;
  emptyText: string;
  /** The form in the modal: `record` null creates, else edits it; `onDone` closes the modal. */
  form: (record: R | null, onDone: () => void) => ReactNode;
  /** Shown beside the create button. */
  controls?: ReactNode;
  /** The table's head (the list adds the buttons' column for those who manage). */
  head?: ReactNode;
  /** The cells of one row. */
  cells: (record: R) => ReactNode;
  rowKey: (record: R) => string;
  /** The question asked before removing a record, and the removal. */
  removeQuestion: (record: R) => string;
  onRemove: (record: R) => void;
}

export function AlertSettingList<R>(props: SettingListProps<R>) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<{ record: R | null } | null>(null);
  const [confirm, confirmElement] = useConfirm();
  const create = props.manage && (
    <Button onClick={() => setModal({ record: null })}>{props.createLabel}</Button>
  );
  const remove = async (record: R) => {
    if (await confirm(props.removeQuestion(record), t('alerts.suppressions.remove'))) props.onRemove(record);
  };
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        <Group>
          {props.controls}
          {create}
        </Group>
      </Group>
      <QueryState
        isPending={props.query.isPending}
        error={props.query.error}
        onRetry={() => void props.query.refetch()}
      >
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid={props.testId}>
            {props.head}
            <Table.Tbody>
              {props.query.data?.items.map((record) => (
                <Table.Tr key={props.rowKey(record)}>
                  {props.cells(record)}
                  {props.manage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setModal({ record })}>
                          {t('common.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => void remove(record)}>
                          {t('alerts.suppressions.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {props.query.data?.items.length === 0 && (
          <Text c="dimmed" p="sm">
            {props.emptyText}
          </Text>
        )}
      </QueryState>
      <AppModal
        opened={modal !== null}
        onClose={() => setModal(null)}
        title={modal?.record ? props.editLabel : props.createLabel}
      >
        {modal && props.form(modal.record, () => setModal(null))}
      </AppModal>
      {confirmElement}
    </Paper>
  );
}
