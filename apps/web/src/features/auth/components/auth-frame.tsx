import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch.tsx';

/** The frame of the pages before the application: sign-in, forced password change, required 2FA setup. */
export function AuthFrame({
  title,
  children,
  width = 440,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Box className="auth-page" component="main" id="main">
      <Container size={width} px="sm" py="xl">
        <Group justify="space-between" mb="lg" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <Box
              className="brand-mark"
              style={{ background: '#fff', color: 'var(--mantine-color-navy-9)' }}
              aria-hidden
            >
              UC
            </Box>
            <Stack gap={0}>
              <Text c="white" fw={700}>
                {t('app.name')}
              </Text>
              <Text c="navy.1" size="xs">
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <Paper radius="sm" p={2}>
            <LanguageSwitch />
          </Paper>
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          <Title order={1} size="h3" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
