import { Button, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { RaiseProposalDialog } from '../components/proposal-dialogs.tsx';
import { ProposalList } from '../components/proposal-list.tsx';
import { useProposals } from '../hooks/use-proposals.ts';

/** Difficulties and proposals (kiến nghị, đề xuất) for the leaders, with their answers. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [raising, setRaising] = useState(false);
  const list = useProposals(status === 'open' ? 'open' : null, 100);
  return (
    <Stack>
      <PageHeader
        title={t('proposals.title')}
        intro={t('proposals.intro')}
        actions={
          can(actor, 'proposal.raise') && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setRaising(true)}
              data-testid="proposal-raise"
            >
              {t('proposals.raise')}
            </Button>
          )
        }
      />
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as 'open' | 'all')}
        data={[
          { value: 'open', label: t('proposals.filterOpen') },
          { value: 'all', label: t('proposals.filterAll') },
        ]}
        w="fit-content"
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()}>
        <ProposalList items={list.data?.items ?? []} />
      </QueryState>
      <RaiseProposalDialog opened={raising} onClose={() => setRaising(false)} />
    </Stack>
  );
}
