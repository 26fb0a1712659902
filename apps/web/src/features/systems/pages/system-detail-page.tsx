import { Anchor, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArchive, IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { SYSTEM_KIND_LABELS } from '@ungcuu/domain/systems/system.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { AssessmentPanel } from '../../risks/components/assessment-panel.tsx';
import { RiskRegister } from '../../risks/components/risk-register.tsx';
import { DependenciesPanel } from '../components/dependencies-panel.tsx';
import { ProductsPanel } from '../components/products-panel.tsx';
import { CriticalBadge, LevelBadge } from '../components/system-badges.tsx';
import { SystemFacts } from '../components/system-facts.tsx';
import { SystemForm } from '../components/system-form.tsx';
import { useArchiveSystem, useSystem } from '../hooks/use-systems.ts';

const TABS = ['info', 'products', 'dependencies', 'risks', 'assessment'] as const;
type Tab = (typeof TABS)[number];

/** One system: its inventory record, dependencies, risk register and guided assessment. */
export function SystemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { label } = useLocale();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'info';
  const system = useSystem(id);
  const archive = useArchiveSystem();
  const [editing, setEditing] = useState(false);
  const [confirm, confirmElement] = useConfirm();
  const s = system.data;

  const onArchive = async () => {
    if (!s || !(await confirm(t('systems.archiveConfirm', { name: s.name }), t('systems.archive')))) return;
    archive.mutate(s.id, {
      onSuccess: () => {
        notifySuccess(t('systems.archived'));
        void navigate('/systems');
      },
    });
  };

  return (
    <>
      <Anchor
        component={Link}
        to="/systems"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {t('systems.backToList')}
      </Anchor>
      <QueryState isPending={system.isPending} error={system.error} onRetry={() => void system.refetch()}>
        {s && (
          <Stack>
            <PageHeader
              title={s.name}
              actions={
                <>
                  {s.allowedActions.includes('system.update') && !s.archived && (
                    <Button
                      variant="light"
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setEditing(true)}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  {s.allowedActions.includes('system.delete') && !s.archived && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconArchive size={16} aria-hidden />}
                      onClick={() => void onArchive()}
                    >
                      {t('systems.archive')}
                    </Button>
                  )}
                </>
              }
            />
            <Group gap="xs" mt={-8}>
              <LevelBadge level={s.securityLevel} />
              {s.nationalCritical && <CriticalBadge />}
              {s.archived && (
                <Badge color="gray" variant="light">
                  {t('systems.archivedBadge')}
                </Badge>
              )}
              <Text size="sm" c="dimmed">
                {label(SYSTEM_KIND_LABELS[s.kind])} · {s.operatingUnitName}
              </Text>
            </Group>
            <Tabs
              value={tab}
              onChange={(v) => setParams(v && v !== 'info' ? { tab: v } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List mb="md">
                {TABS.map((key) => (
                  <Tabs.Tab key={key} value={key}>
                    {key === 'products' ? t('warnings.products.tab') : t(`systems.tabs.${key}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="info">
                <SystemFacts system={s} />
              </Tabs.Panel>
              <Tabs.Panel value="products">
                <ProductsPanel system={s} />
              </Tabs.Panel>
              <Tabs.Panel value="dependencies">
                <DependenciesPanel system={s} />
              </Tabs.Panel>
              <Tabs.Panel value="risks">
                <RiskRegister systemId={s.id} mayManage={s.allowedActions.includes('risk.manage')} />
              </Tabs.Panel>
              <Tabs.Panel value="assessment">
                <AssessmentPanel system={s} />
              </Tabs.Panel>
            </Tabs>
            <AppModal
              opened={editing}
              onClose={() => setEditing(false)}
              title={t('systems.edit')}
              size="xl"
              fullScreen={phone}
            >
              {editing && <SystemForm system={s} onDone={() => setEditing(false)} />}
            </AppModal>
          </Stack>
        )}
      </QueryState>
      {confirmElement}
    </>
  );
}
