import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { activeTriggers, triggerDefinition } from '@ungcuu/domain/incidents/triggers.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { SeriousBadge, StateBadge, TierBadge } from './badges.tsx';
import { IncidentFactsModal } from './incident-facts-modal.tsx';

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'break-word' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** Why the tier is what it is: the matching rule first, then the facts that led to it (README §3). */
function SeverityWhy({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const triggers = activeTriggers(incident.triggers);
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="severity-why">
      <Text size="sm" fw={600}>
        {t('incidents.why.title', { rule: t(`incidents.rules.${incident.severity.rule}`) })}
      </Text>
      <List size="sm" mt={4} spacing={2}>
        {incident.severity.reasons.map((reason) => (
          <List.Item key={reason.vi}>{label(reason)}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {triggers.length
          ? t('incidents.why.triggers', {
              list: triggers.map((c) => `${c} — ${label(triggerDefinition(c).label)}`).join('; '),
            })
          : t('incidents.why.noTriggers')}
      </Text>
    </Paper>
  );
}

export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const [editing, setEditing] = useState(false);
  const unitName = incident.units.find((u) => u.id === incident.reportingUnitId)?.name;
  const contact = incident.reporterContact;
  const canEdit = incident.allowedActions.includes('incident.update') && incident.state !== 'closed';
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={4} style={{ flex: '1 1 20rem' }}>
            <Text ff="monospace" fw={700} c="navy.8" data-testid="incident-code">
              {incident.code}
            </Text>
            <Title order={1} size="h3" data-testid="incident-title">
              {incident.title}
            </Title>
            <Group gap={6}>
              <span data-testid="incident-state">
                <StateBadge state={incident.state} />
              </span>
              <TierBadge tier={incident.tier} />
              {incident.serious && <SeriousBadge />}
            </Group>
          </Stack>
          {canEdit && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconEdit size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('incidents.facts.edit')}
            </Button>
          )}
        </Group>
        {incident.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="incident-description">
            {incident.description}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing="xs">
          <Fact label={t('incidents.fields.reportingUnit')}>{unitName}</Fact>
          <Fact label={t('incidents.fields.detectedAt')}>{formatDateTime(incident.detectedAt, locale)}</Fact>
          <Fact label={t('incidents.fields.reportedAt')}>{formatDateTime(incident.reportedAt, locale)}</Fact>
          <Fact label={t('incidents.fields.system')}>{incident.systemText}</Fact>
          <Fact label={t('incidents.fields.personalData')}>
            {incident.personalData ? t('common.yes') : t('common.no')}
          </Fact>
          <Fact label={t('incidents.fields.regime')}>{label(incident.regime.name)}</Fact>
          {contact && (
            <Fact label={t('incidents.fields.contact')} wide>
              {[contact.name, contact.phone, contact.email].filter(Boolean).map((part, i) => (
                <span key={part}>
                  {i > 0 && ' · '}
                  {part === contact.phone ? (
                    <Anchor href={`tel:${part}`} size="sm">
                      {part}
                    </Anchor>
                  ) : (
                    part
                  )}
                </span>
              ))}
            </Fact>
          )}
          {incident.playbookCode && (
            <Fact label={t('incidents.fields.playbook')}>
              <span data-testid="incident-playbook" title={incident.playbookCode}>
                {incident.playbookTitle ? label(incident.playbookTitle) : t('incidents.fields.playbook')}
                {incident.playbookVersion !== null &&
                  ` (${t('playbooks.version', { version: incident.playbookVersion })})`}
              </span>
            </Fact>
          )}
        </SimpleGrid>
        <SeverityWhy incident={incident} />
      </Stack>
      {canEdit && (
        <IncidentFactsModal incident={incident} opened={editing} onClose={() => setEditing(false)} />
      )}
    </Paper>
  );
}
