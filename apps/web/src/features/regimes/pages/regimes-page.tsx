import { Stack } from '@mantine/core';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { regimeInForce } from '@ungcuu/domain/regimes/regime.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { RegimeCard } from '../components/regime-card.tsx';
import { RegimeJsonEditor } from '../components/regime-json-editor.tsx';
import { useRegimes } from '../hooks/use-regimes.ts';
import { editable, type RegimeItem } from '../regime-types.ts';

/** "Chế độ báo cáo": every regime readable by all; administrators edit one as JSON. */
export function RegimesPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const regimes = useRegimes();
  const [editing, setEditing] = useState<RegimeItem | null>(null);
  const canEdit = can(actor, 'regime.manage');
  const items = regimes.data ?? [];
  const current = regimeInForce(items, new Date());
  // Newest first: the regime coming into force is the one people need to review.
  const ordered = [...items].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <>
      <PageHeader title={t('regimes.title')} intro={t('regimes.intro')} />
      <QueryState isPending={regimes.isPending} error={regimes.error} onRetry={() => void regimes.refetch()}>
        <Stack gap="lg">
          {ordered.map((regime) => (
            <RegimeCard
              key={regime.id}
              regime={regime}
              inForce={current?.id === regime.id}
              onEdit={canEdit ? () => setEditing(regime) : undefined}
            />
          ))}
        </Stack>
      </QueryState>
      {editing && <RegimeJsonEditor regime={editable(editing)} onClose={() => setEditing(null)} />}
    </>
  );
}
