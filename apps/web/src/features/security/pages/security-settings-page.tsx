import { Alert, Button, Checkbox, Group, Paper, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SecuritySettings } from '@ungcuu/domain/auth/auth-api.ts';
import { ROLE_LABELS, ROLES, type Role } from '@ungcuu/domain/org/roles.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiGet, notifySuccess } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { useSession } from '../../auth/components/session-gate.tsx';

/** Which roles must sign in with a second factor (TOTP). Only an administrator may change it. */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { actor } = useSession();
  const client = useQueryClient();
  const isAdmin = actor.roles.includes('admin');
  const settings = useQuery({
    queryKey: ['settings', 'security'],
    queryFn: ({ signal }) => apiGet<SecuritySettings>('/api/settings/security', undefined, signal),
  });
  const [roles, setRoles] = useState<Role[]>([]);
  useEffect(() => {
    if (settings.data) setRoles(settings.data.totpRequiredRoles);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (value: Role[]) =>
      api<SecuritySettings>('PUT', '/api/settings/security', { body: { totpRequiredRoles: value } }),
    onSuccess: async () => {
      notifySuccess(t('security.saved'));
      await client.invalidateQueries({ queryKey: ['settings'] });
      // The admin's own session may now need a second factor.
      await client.invalidateQueries({ queryKey: ['auth', 'me'] });
    },
  });
  const changed =
    JSON.stringify([...roles].sort()) !==
    JSON.stringify([...(settings.data?.totpRequiredRoles ?? [])].sort());
  return (
    <>
      <PageHeader title={t('security.title')} intro={t('security.intro')} />
      <QueryState
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      >
        <Paper withBorder p="md" maw={640}>
          <Stack>
            {!isAdmin && (
              <Alert color="gray" variant="light">
                {t('security.adminOnly')}
              </Alert>
            )}
            <Checkbox.Group
              label={t('security.rolesLabel')}
              value={roles}
              onChange={(v) => setRoles(v as Role[])}
            >
              <Stack gap="xs" mt="xs">
                {ROLES.map((r) => (
                  <Checkbox key={r} value={r} label={label(ROLE_LABELS[r])} disabled={!isAdmin} />
                ))}
              </Stack>
            </Checkbox.Group>
            {isAdmin && (
              <Group justify="flex-end">
                <Button onClick={() => save.mutate(roles)} loading={save.isPending} disabled={!changed}>
                  {t('common.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      </QueryState>
    </>
  );
}
