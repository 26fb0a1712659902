import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { SUBTYPE_LABELS } from '@ungcuu/domain/incidents/taxonomy.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/i18n.ts';
import { formatDay } from '../../../lib/format.ts';
import type { RiskView } from '../risk-types.ts';
import { ScoreBadge } from './score-badge.tsx';

interface Props {
  risks: RiskView[];
  onOpen: (risk: RiskView) => void;
  /** Hide the system column (inside one system's page). */
  withSystem?: boolean;
}

/** The register's rows, highest score first as the API orders them. */
export function RiskTable({ risks, onOpen, withSystem = true }: Props) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 820}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="risk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('risks.cols.threat')}</Table.Th>
            {withSystem && <Table.Th visibleFrom="sm">{t('risks.cols.system')}</Table.Th>}
            <Table.Th ta="center" visibleFrom="sm">
              {t('risks.cols.likelihoodShort')}
            </Table.Th>
            <Table.Th ta="center" visibleFrom="sm">
              {t('risks.cols.impactShort')}
            </Table.Th>
            <Table.Th>{t('risks.cols.score')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('risks.cols.treatment')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('risks.cols.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  fw={500}
                  ta="left"
                  onClick={() => onOpen(r)}
                >
                  {label(SUBTYPE_LABELS[r.subtype])}
                </Anchor>
                {r.status === 'closed' && (
                  <Badge size="xs" color="gray" variant="light" ml={6}>
                    {t('risks.statuses.closed')}
                  </Badge>
                )}
                {r.controls && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {r.controls}
                  </Text>
                )}
                {withSystem && (
                  <Text size="xs" hiddenFrom="sm">
                    {r.systemName}
                  </Text>
                )}
              </Table.Td>
              {withSystem && (
                <Table.Td visibleFrom="sm">
                  <Anchor component={Link} to={`/systems/${r.systemId}?tab=risks`} size="sm">
                    {r.systemName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td ta="center" visibleFrom="sm">
                {r.likelihood}
              </Table.Td>
              <Table.Td ta="center" visibleFrom="sm">
                {r.impact}
              </Table.Td>
              <Table.Td>
                <ScoreBadge score={r.score} band={r.band} size="sm" />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{t(`risks.treatments.${r.treatment}`)}</Text>
                {r.ownerName && (
                  <Text size="xs" c="dimmed">
                    {r.ownerName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">
                {r.dueDate && <Text size="xs">{t('risks.dueOn', { date: formatDay(r.dueDate) })}</Text>}
                {r.reviewDate && (
                  <Text size="xs" c="dimmed">
                    {t('risks.reviewOn', { date: formatDay(r.reviewDate) })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
