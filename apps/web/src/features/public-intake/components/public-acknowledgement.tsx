import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import type { PublicAcknowledgement as Ack } from '../intake-types.ts';

/** The code to quote on the phone, in large type; a robot caught by the honeypot gets no code. */
export function PublicAcknowledgement({ ack, onAnother }: { ack: Ack; onAnother: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <Paper p={{ base: 'xs', sm: 'md' }} data-testid="public-ack" role="status">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" color="teal" variant="light">
          <IconCircleCheck size={36} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('publicReport.ackTitle')}
        </Title>
        {ack.code ? (
          <>
            <Text c="dimmed" size="sm">
              {t('publicReport.ackCodeLabel')}
            </Text>
            <Text
              fz={34}
              fw={800}
              ff="monospace"
              c="navy.9"
              data-testid="public-ack-code"
              style={{ letterSpacing: 1, overflowWrap: 'anywhere' }}
            >
              {ack.code}
            </Text>
            {ack.message && <Text>{label(ack.message)}</Text>}
            <Text size="sm" c="dimmed">
              {t('publicReport.ackKeepCode')}
            </Text>
          </>
        ) : (
          <Text>{t('publicReport.ackNoCode')}</Text>
        )}
        <Button variant="default" onClick={onAnother} mt="sm">
          {t('publicReport.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
