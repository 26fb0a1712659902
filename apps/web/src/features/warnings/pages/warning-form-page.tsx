import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { WarningForm } from '../components/warning-form.tsx';
import { useWarning } from '../hooks/use-warnings.ts';

/** A new warning draft, or the edit of one (/warnings/:id/edit). */
export function WarningFormPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const existing = useWarning(id);
  const done = (savedId: string) => {
    notifySuccess(t('common.saved'));
    void navigate(`/warnings/${savedId}`);
  };
  return (
    <>
      <Anchor
        component={Link}
        to={id ? `/warnings/${id}` : '/warnings'}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('warnings.back')}
      </Anchor>
      <PageHeader title={id ? t('warnings.edit') : t('warnings.create')} intro={t('warnings.formIntro')} />
      {id ? (
        <QueryState
          isPending={existing.isPending}
          error={existing.error}
          onRetry={() => void existing.refetch()}
        >
          {existing.data && <WarningForm warning={existing.data} onDone={done} />}
        </QueryState>
      ) : (
        <WarningForm onDone={done} />
      )}
    </>
  );
}
