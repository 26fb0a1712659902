import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import {
  ContractsTab,
  DrillsTab,
  EquipmentTab,
  LicencesTab,
  TrainingsTab,
} from '../components/item-tabs.tsx';
import { ScoreTable } from '../components/score-table.tsx';
import { SummaryCards } from '../components/summary-cards.tsx';

const TABS = ['scores', 'equipment', 'licences', 'contracts', 'trainings', 'drills'] as const;
type Tab = (typeof TABS)[number];

/** Readiness (seed II.4.b): score per unit, and the records behind it, one tab per kind. */
export function ReadinessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab: param, id } = useParams();
  const tab: Tab = (TABS as readonly string[]).includes(param ?? '') ? (param as Tab) : 'scores';
  return (
    <>
      <PageHeader title={t('readiness.title')} intro={t('readiness.intro')} />
      <SummaryCards />
      <Tabs
        value={tab}
        onChange={(v) => void navigate(v === 'scores' || !v ? '/readiness' : `/readiness/${v}`)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`readiness.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="scores">
          <ScoreTable />
        </Tabs.Panel>
        <Tabs.Panel value="equipment">
          <EquipmentTab />
        </Tabs.Panel>
        <Tabs.Panel value="licences">
          <LicencesTab openId={id ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="contracts">
          <ContractsTab />
        </Tabs.Panel>
        <Tabs.Panel value="trainings">
          <TrainingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="drills">
          <DrillsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
