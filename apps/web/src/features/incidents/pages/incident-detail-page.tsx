import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { IncidentAlertsPanel } from '../../alerts/components/incident-alerts-panel.tsx';
import { AssignmentPanel } from '../components/assignment-panel.tsx';
import { ClassificationPanel } from '../components/classification-panel.tsx';
import { DeadlinesPanel } from '../components/deadlines-panel.tsx';
import { IncidentHeader } from '../components/incident-header.tsx';
import { IncidentTabs } from '../components/incident-tabs.tsx';
import { InitialReportPanel } from '../components/initial-report-panel.tsx';
import { LifecycleActions } from '../components/lifecycle-actions.tsx';
import { Mau05FactsPanel } from '../components/mau05-facts-panel.tsx';
import { OutcomePanel } from '../components/outcome-panel.tsx';
import { SimilarIncidentsPanel } from '../components/similar-panel.tsx';
import { useIncident } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';

function Detail({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const full = incident.visibility === 'full';
  // The outcome matters once the response has started (containment needs the actions taken).
  const showOutcome =
    !['new', 'triaged'].includes(incident.state) ||
    !!(incident.causeSummary || incident.actionsTaken || incident.lessonsLearned);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <IncidentHeader incident={incident} />
          {!full && (
            <Alert color="gray" icon={<IconEye size={18} aria-hidden />}>
              {t('incidents.escalatedView')}
            </Alert>
          )}
          {full && <ClassificationPanel incident={incident} />}
          {full && <SimilarIncidentsPanel incident={incident} />}
          {full && <IncidentAlertsPanel incidentId={incident.id} />}
          <LifecycleActions incident={incident} />
          {full && showOutcome && <OutcomePanel incident={incident} />}
          {full && showOutcome && incident.causeGroup === 'attack' && <Mau05FactsPanel incident={incident} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <DeadlinesPanel incident={incident} />
          {full && <AssignmentPanel incident={incident} />}
          {full && <InitialReportPanel incident={incident} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={12}>
        <IncidentTabs incident={incident} />
      </Grid.Col>
    </Grid>
  );
}

export function IncidentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const incident = useIncident(id);
  return (
    <Stack gap="sm">
      <Group>
        <Anchor component={Link} to="/incidents" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            <Text span size="sm">
              {t('incidents.backToList')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <QueryState
        isPending={incident.isPending}
        error={incident.error}
        onRetry={() => void incident.refetch()}
      >
        {incident.data && <Detail incident={incident.data} />}
      </QueryState>
    </Stack>
  );
}
