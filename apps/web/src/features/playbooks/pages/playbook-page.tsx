import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconInfoCircle } from '@tabler/icons-react';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { isSubtype, SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';
import { PlaybookEditor } from '../components/playbook-editor.tsx';
import { PlaybookPhases } from '../components/playbook-phases.tsx';
import { usePlaybook } from '../hooks/use-playbooks.ts';

/** One playbook, phase by phase in the reader's language; administrators edit it into a new version. */
export function PlaybookPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const params = useParams();
  const subtype = params.subtype && isSubtype(params.subtype) ? params.subtype : null;
  const playbook = usePlaybook(subtype);
  const [editing, setEditing] = useState(false);
  const canEdit = can(actor, 'playbook.manage');
  const back = (
    <Anchor component={Link} to="/admin/playbooks" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('playbooks.backToList')}
      </Group>
    </Anchor>
  );

  if (!subtype) {
    return (
      <Stack gap="sm">
        {back}
        <Alert color="gray">{t('playbooks.notFound')}</Alert>
      </Stack>
    );
  }
  const data = playbook.data;
  return (
    <Stack gap={0} maw={960}>
      <Group mb="xs">{back}</Group>
      <QueryState
        isPending={playbook.isPending}
        error={playbook.error}
        onRetry={() => void playbook.refetch()}
      >
        {data && (
          <>
            <PageHeader
              title={editing ? t('playbooks.editTitle', { title: label(data.title) }) : label(data.title)}
              intro={editing ? undefined : label(data.summary)}
              actions={
                <>
                  <Badge size="lg" variant="light" data-testid="playbook-version">
                    {t('playbooks.version', { version: data.version })}
                  </Badge>
                  {canEdit && !editing && (
                    <Button
                      leftSection={<IconEdit size={16} aria-hidden />}
                      onClick={() => setEditing(true)}
                      data-testid="playbook-edit"
                    >
                      {t('playbooks.edit')}
                    </Button>
                  )}
                </>
              }
            />
            <Text size="sm" c="dimmed" mb="sm">
              {label(SUBTYPE_LABELS[data.subtype])}
            </Text>
            <Alert
              color="blue"
              variant="light"
              icon={<IconInfoCircle size={18} aria-hidden />}
              mb="md"
              data-testid="playbook-version-note"
            >
              {t('playbooks.versionNote', { version: data.version })}
            </Alert>
            {editing ? (
              <PlaybookEditor
                playbook={data}
                onCancel={() => setEditing(false)}
                onSaved={(saved) => {
                  setEditing(false);
                  window.scrollTo({ top: 0 });
                  notifySuccess(t('playbooks.saved', { version: saved.version }));
                }}
              />
            ) : (
              <PlaybookPhases playbook={data} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
