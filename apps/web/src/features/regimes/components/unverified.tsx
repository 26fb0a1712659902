import { Badge, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The "chưa kiểm chứng" mark of a value that was not checked against published texts. */
export function UnverifiedBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="light"
      size="sm"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      title={t('regimes.unverifiedHint')}
      data-testid="unverified-badge"
      style={{ flex: 'none' }}
    >
      {t('regimes.unverified')}
    </Badge>
  );
}

/** A value's legal basis, marked when it is unverified. */
export function Basis({ basis, verified }: { basis: string; verified: boolean }) {
  return (
    <Stack gap={2} align="flex-start">
      {!verified && <UnverifiedBadge />}
      <Text size="xs" c="dimmed">
        {basis}
      </Text>
    </Stack>
  );
}
