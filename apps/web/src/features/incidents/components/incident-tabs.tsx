import { Tabs, Text } from '@mantine/core';
import {
  IconArrowUpRight,
  IconChecklist,
  IconFileText,
  IconFingerprint,
  IconLink,
  IconMessages,
  IconPaperclip,
  IconTimeline,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TaskBoard } from '../../tasks/components/task-board.tsx';
import type { IncidentDetail } from '../incident-types.ts';
import { CommentsTab } from './comments-tab.tsx';
import { DocumentsTab } from './documents-tab.tsx';
import { EscalationsTab } from './escalations-tab.tsx';
import { EvidenceTab } from './evidence-tab.tsx';
import { ObservablesTab } from './observables-tab.tsx';
import { RelatedTab } from './related-tab.tsx';
import { TimelineTab } from './timeline-tab.tsx';

type TabProps = { incident: IncidentDetail };

const TABS = [
  { key: 'tasks', icon: IconChecklist, Panel: TaskBoard },
  { key: 'timeline', icon: IconTimeline, Panel: TimelineTab },
  { key: 'comments', icon: IconMessages, Panel: CommentsTab },
  { key: 'evidence', icon: IconPaperclip, Panel: EvidenceTab },
  { key: 'observables', icon: IconFingerprint, Panel: ObservablesTab },
  { key: 'related', icon: IconLink, Panel: RelatedTab },
  { key: 'escalations', icon: IconArrowUpRight, Panel: EscalationsTab },
  { key: 'documents', icon: IconFileText, Panel: DocumentsTab },
] as const satisfies readonly {
  key: string;
  icon: ComponentType<{ size?: number }>;
  Panel: ComponentType<TabProps>;
}[];
type TabKey = (typeof TABS)[number]['key'];

/** The work on an incident, one tab per kind; the open tab is kept in the address (?tab=). */
export function IncidentTabs({ incident }: TabProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = (TABS.find((tab) => tab.key === params.get('tab'))?.key ?? 'tasks') as TabKey;
  const counts: Partial<Record<TabKey, number>> = { timeline: incident.timeline.length };
  return (
    <Tabs
      value={current}
      onChange={(v) => {
        const next = new URLSearchParams(params);
        if (!v || v === 'tasks') next.delete('tab');
        else next.set('tab', v);
        setParams(next, { replace: true });
      }}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
        {TABS.map(({ key, icon: Icon }) => (
          <Tabs.Tab
            key={key}
            value={key}
            leftSection={<Icon size={16} />}
            data-testid={`tab-${key}`}
            style={{ whiteSpace: 'nowrap' }}
          >
            {t(`incidents.tabs.${key}`)}
            {counts[key] ? (
              <Text span size="xs" c="dimmed" ml={6}>
                {counts[key]}
              </Text>
            ) : null}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {TABS.map(({ key, Panel }) => (
        <Tabs.Panel key={key} value={key} pt="md">
          <Panel incident={incident} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
