import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { RiskLessons } from '../../lessons/components/risk-lessons.tsx';
import { useDeleteRisk, useRisk } from '../hooks/use-risks.ts';
import type { RiskView } from '../risk-types.ts';
import { RiskForm } from './risk-form.tsx';
import { ScoreBadge } from './score-badge.tsx';

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const detail = useRisk(id);
  const history = detail.data?.history ?? [];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('risks.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={4} data-testid="risk-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('risks.history.at')}</Table.Th>
              <Table.Th ta="center">{t('risks.cols.likelihoodShort')}</Table.Th>
              <Table.Th ta="center">{t('risks.cols.impactShort')}</Table.Th>
              <Table.Th>{t('risks.cols.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.changedAt}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(h.changedAt, locale)}</Text>
                </Table.Td>
                <Table.Td ta="center">{h.likelihood}</Table.Td>
                <Table.Td ta="center">{h.impact}</Table.Td>
                <Table.Td>
                  <ScoreBadge score={h.score} band={h.band} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Create (`risk` 'new') or open one register row: its form when allowed, and its score history. */
export function RiskDialog({
  risk,
  systemId,
  onClose,
}: {
  risk: RiskView | 'new' | null;
  systemId?: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const remove = useDeleteRisk();
  const [confirm, confirmElement] = useConfirm();
  const existing = risk && risk !== 'new' ? risk : undefined;
  const mayManage = risk === 'new' || !!existing?.allowedActions.includes('risk.manage');
  const onDelete = async () => {
    if (!existing || !(await confirm(t('risks.deleteConfirm'), t('risks.delete')))) return;
    remove.mutate(existing.id, {
      onSuccess: () => {
        notifySuccess(t('risks.deleted'));
        onClose();
      },
    });
  };
  return (
    <>
      <AppModal
        opened={risk !== null}
        onClose={onClose}
        title={existing ? t('risks.edit') : t('risks.create')}
        size="xl"
        fullScreen={phone}
      >
        {risk !== null && (
          <Stack>
            {mayManage ? (
              <RiskForm risk={existing} systemId={systemId ?? null} onDone={onClose} />
            ) : (
              <Text size="sm">{t('risks.readOnly')}</Text>
            )}
            {existing && <History id={existing.id} />}
            {existing && <RiskLessons riskId={existing.id} />}
            {existing && mayManage && (
              <Group justify="flex-start">
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => void onDelete()}
                >
                  {t('risks.delete')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </AppModal>
      {confirmElement}
    </>
  );
}
