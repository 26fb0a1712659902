import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { formatVnd } from '@ungcuu/domain/budget/budget.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDay, todayVn } from '../../../lib/format.ts';
import { useAddSpending, useBudgetLine, useRemoveSpending } from '../hooks/use-budget.ts';
import { VndInput } from './vnd-input.tsx';

/** What was actually spent on an approved line (đã chi), entry by entry. */
export function SpendingPanel({ lineId }: { lineId: string }) {
  const { t } = useTranslation();
  const line = useBudgetLine(lineId);
  const add = useAddSpending(lineId);
  const remove = useRemoveSpending();
  const [amount, setAmount] = useState<number | string>('');
  const [spentOn, setSpentOn] = useState(todayVn());
  const [note, setNote] = useState('');
  const l = line.data;
  const manage = !!l?.allowedActions.includes('budget.manage');
  const submit = () => {
    if (typeof amount !== 'number' || amount <= 0 || !spentOn) return;
    add.mutate(
      { amount, spentOn, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('budget.spending.added'));
          setAmount('');
          setNote('');
        },
      },
    );
  };
  return (
    <QueryState isPending={line.isPending} error={line.error} onRetry={() => void line.refetch()}>
      {l && (
        <Stack>
          <Text size="sm" fw={500}>
            {l.title}
          </Text>
          <Text size="sm">
            {t('budget.spending.summary', {
              amount: formatVnd(l.amount),
              spent: formatVnd(l.spent),
              left: formatVnd(l.amount - l.spent),
            })}
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} data-testid="spending-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('budget.spending.date')}</Table.Th>
                  <Table.Th ta="right">{t('budget.spending.amount')}</Table.Th>
                  <Table.Th>{t('budget.spending.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {l.spending.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatDay(s.spentOn)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatVnd(s.amount)}
                    </Table.Td>
                    <Table.Td>{s.note}</Table.Td>
                    <Table.Td>
                      {manage && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('budget.spending.remove')}
                          onClick={() => remove.mutate(s.id)}
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {l.spending.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('budget.spending.none')}
            </Text>
          )}
          {manage && (
            <Group align="flex-end" gap="sm">
              <VndInput
                label={t('budget.spending.amount')}
                value={amount}
                onChange={setAmount}
                style={{ flex: '1 1 10rem' }}
              />
              <TextInput
                label={t('budget.spending.date')}
                type="date"
                value={spentOn}
                onChange={(e) => setSpentOn(e.currentTarget.value)}
                style={{ flex: '1 1 9rem' }}
              />
              <TextInput
                label={t('budget.spending.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                style={{ flex: '2 1 12rem' }}
              />
              <Button
                onClick={submit}
                loading={add.isPending}
                disabled={typeof amount !== 'number' || amount <= 0}
              >
                {t('budget.spending.add')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
