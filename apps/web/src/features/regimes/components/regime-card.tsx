import { Accordion, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { legalDate, type RegimeItem } from '../regime-types.ts';
import {
  DeadlinesTable,
  FormsTable,
  PeriodicTable,
  RecipientsTable,
  SeverityTable,
} from './regime-tables.tsx';
import { Basis } from './unverified.tsx';

/** One reporting regime, readable: deadlines first, then recipients, thresholds, forms, periodic reports. */
export function RegimeCard({
  regime,
  inForce,
  onEdit,
}: {
  regime: RegimeItem;
  inForce: boolean;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const unverified = regime.unverifiedPaths.length;
  const headingId = `regime-${regime.id}`;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby={headingId}
      data-testid="regime"
      data-regime-id={regime.id}
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Title order={2} size="h4" id={headingId}>
            {label(regime.name)}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('regimes.effectiveFrom', { date: legalDate(regime.effectiveFrom) })}
            </Text>
            {inForce && (
              <Badge color="teal" variant="light" data-testid="regime-in-force">
                {t('regimes.inForce')}
              </Badge>
            )}
            {unverified > 0 ? (
              <Badge
                color="orange"
                variant="filled"
                data-testid="regime-unverified"
                title={t('regimes.unverifiedHint')}
              >
                {t('regimes.unverifiedCount', { count: unverified })}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                {t('regimes.allVerified')}
              </Badge>
            )}
          </Group>
        </Stack>
        {onEdit && (
          <Button
            variant="light"
            leftSection={<IconBraces size={16} aria-hidden />}
            onClick={onEdit}
            data-testid="regime-edit"
          >
            {t('regimes.editJson')}
          </Button>
        )}
      </Group>
      <Accordion multiple defaultValue={['deadlines']} variant="separated">
        <Accordion.Item value="deadlines">
          <Accordion.Control>{t('regimes.deadlines')}</Accordion.Control>
          <Accordion.Panel>
            <DeadlinesTable regime={regime} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="recipients">
          <Accordion.Control>{t('regimes.recipients')}</Accordion.Control>
          <Accordion.Panel>
            <RecipientsTable regime={regime} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="severity">
          <Accordion.Control>{t('regimes.severity')}</Accordion.Control>
          <Accordion.Panel>
            <SeverityTable regime={regime} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="forms">
          <Accordion.Control>{t('regimes.forms')}</Accordion.Control>
          <Accordion.Panel>
            <FormsTable regime={regime} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="periodic">
          <Accordion.Control>{t('regimes.periodic')}</Accordion.Control>
          <Accordion.Panel>
            <PeriodicTable regime={regime} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="basis">
          <Accordion.Control>{t('regimes.legalBasis')}</Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={2}>
              {regime.legalBasis.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
            <Stack gap={4} mt="md">
              <Text size="sm">
                {t('regimes.emailPrefix')}: <b>{regime.emailSubjectPrefix.value}</b>
              </Text>
              <Basis basis={regime.emailSubjectPrefix.basis} verified={regime.emailSubjectPrefix.verified} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}
