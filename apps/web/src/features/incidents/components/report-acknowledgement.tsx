import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import type { Acknowledgement } from '../incident-types.ts';
import { TierBadge } from './badges.tsx';

/** What the reporter sees once the report is in: the code to quote on the phone, and where to follow it. */
export function ReportAcknowledgement({
  result,
  onAnother,
}: {
  result: Acknowledgement;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const { locale, label } = useLocale();
  const { acknowledgement: ack, incident } = result;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} data-testid="report-ack" role="status">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" color="teal" variant="light">
          <IconCircleCheck size={36} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('report.ackTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('report.ackCodeLabel')}
        </Text>
        <Text fz={34} fw={800} ff="monospace" c="navy.9" data-testid="ack-code" style={{ letterSpacing: 1 }}>
          {ack.code}
        </Text>
        <Text>{label(ack.message)}</Text>
        <Text size="sm" c="dimmed">
          {t('report.ackReceivedAt', { at: formatDateTime(ack.receivedAt, locale) })}
        </Text>
        <Group gap="xs" justify="center">
          <Text size="sm">{t('report.ackTier')}</Text>
          <TierBadge tier={incident.tier} />
        </Group>
        <Group justify="center" mt="sm" gap="sm">
          <Button component={Link} to={`/incidents/${incident.id}`} data-testid="ack-open">
            {t('report.ackOpen')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('report.ackAnother')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
