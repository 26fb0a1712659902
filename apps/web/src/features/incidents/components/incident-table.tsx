import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UnitName } from '../../../components/unit-select.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import type { IncidentSummary } from '../incident-types.ts';
import { OverdueBadge, SeriousBadge, StateBadge, TierBadge } from './badges.tsx';

function Classification({ incident }: { incident: IncidentSummary }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  if (!incident.subtype) {
    return (
      <Text size="sm" c="dimmed">
        {t('incidents.unclassified')}
      </Text>
    );
  }
  return (
    <Text size="sm" c={incident.classificationConfirmed ? undefined : 'dimmed'}>
      {label(SUBTYPE_LABELS[incident.subtype])}
      {!incident.classificationConfirmed && ` (${t('incidents.suggestedShort')})`}
    </Text>
  );
}

/** The incident queue; on a phone the badges move under the title and the other columns hide. */
export function IncidentTable({ items, overdue }: { items: IncidentSummary[]; overdue: Set<string> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Table verticalSpacing="xs" highlightOnHover data-testid="incident-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('incidents.cols.incident')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('incidents.cols.state')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('incidents.cols.tier')}</Table.Th>
          <Table.Th visibleFrom="md">{t('incidents.cols.classification')}</Table.Th>
          <Table.Th visibleFrom="md">{t('incidents.cols.unit')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('incidents.cols.detectedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((incident) => {
          const late = overdue.has(incident.id);
          return (
            <Table.Tr key={incident.id} data-testid="incident-row" data-code={incident.code}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6} wrap="wrap">
                    <Anchor
                      component={Link}
                      to={`/incidents/${incident.id}`}
                      ff="monospace"
                      fw={700}
                      size="sm"
                    >
                      {incident.code}
                    </Anchor>
                    {incident.serious && <SeriousBadge />}
                    {late && <OverdueBadge />}
                  </Group>
                  <Anchor component={Link} to={`/incidents/${incident.id}`} c="inherit" size="sm">
                    {incident.title}
                  </Anchor>
                  {incident.systemText && (
                    <Text size="xs" c="dimmed">
                      {incident.systemText}
                    </Text>
                  )}
                  <Group gap={4} hiddenFrom="sm" mt={2}>
                    <StateBadge state={incident.state} />
                    <TierBadge tier={incident.tier} compact />
                    <Text size="xs" c="dimmed">
                      {formatDateTime(incident.detectedAt, locale)}
                    </Text>
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <StateBadge state={incident.state} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <TierBadge tier={incident.tier} compact />
              </Table.Td>
              <Table.Td visibleFrom="md">
                <Classification incident={incident} />
              </Table.Td>
              <Table.Td visibleFrom="md">
                <Text size="sm">
                  <UnitName id={incident.reportingUnitId} />
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(incident.detectedAt, locale)}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
