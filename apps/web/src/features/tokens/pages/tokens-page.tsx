import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { TOKEN_SCOPE_LABELS } from '@ungcuu/domain/auth/token-scopes.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import type { ApiToken } from '../../../api/types.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { SecretReveal } from '../../../components/secret-reveal.tsx';
import { formatDate, formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { TokenCreateForm } from '../components/token-create-form.tsx';
import { useRevokeToken, useTokens } from '../hooks/use-tokens.ts';

function tokenStatus(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return 'expired';
  return 'active';
}

const STATUS_COLORS = { active: 'teal', revoked: 'gray', expired: 'orange' } as const;

export function TokensPage() {
  const { t } = useTranslation();
  const { label, locale } = useLocale();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirm, confirmElement] = useConfirm();
  const onRevoke = async (token: ApiToken) => {
    if (!(await confirm(t('tokens.confirmRevoke', { name: token.name }), t('tokens.revoke')))) return;
    revoke.mutate(token.id, { onSuccess: () => notifySuccess(t('tokens.revoked')) });
  };
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        intro={t('tokens.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      <QueryState isPending={tokens.isPending} error={tokens.error} onRetry={() => void tokens.refetch()}>
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.cols.name')}</Table.Th>
                <Table.Th>{t('tokens.cols.prefix')}</Table.Th>
                <Table.Th>{t('tokens.cols.scopes')}</Table.Th>
                <Table.Th>{t('tokens.cols.createdAt')}</Table.Th>
                <Table.Th>{t('tokens.cols.lastUsedAt')}</Table.Th>
                <Table.Th>{t('tokens.cols.expiresAt')}</Table.Th>
                <Table.Th>{t('tokens.cols.status')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data?.items.map((token) => {
                const status = tokenStatus(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {token.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.scopes.map((s) => label(TOKEN_SCOPE_LABELS[s])).join('; ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(token.createdAt, locale)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.never')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.expiresAt ? formatDate(token.expiresAt, locale) : t('tokens.noExpiry')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[status]} variant="light" size="sm">
                        {t(`tokens.status.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {status === 'active' && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => void onRevoke(token)}
                          aria-label={`${t('tokens.revoke')}: ${token.name}`}
                        >
                          {t('tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {tokens.data?.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.noResults')}
          </Text>
        )}
      </QueryState>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('tokens.create')} size="md">
        {creating && (
          <TokenCreateForm
            onCancel={() => setCreating(false)}
            onCreated={(s) => {
              setCreating(false);
              setSecret(s);
              notifySuccess(t('tokens.created'));
            }}
          />
        )}
      </AppModal>
      <AppModal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('tokens.secret.title')}
        closeOnClickOutside={false}
        size="lg"
      >
        {secret && (
          <Stack>
            <Text>{t('tokens.secret.body')}</Text>
            <SecretReveal label={t('tokens.secret.label')} value={secret} testId="token-secret" />
            <Alert variant="light" color="navy">
              <Text size="sm" ff="monospace">
                {t('tokens.secret.usage')}
              </Text>
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>{t('tokens.secret.done')}</Button>
            </Group>
          </Stack>
        )}
      </AppModal>
      {confirmElement}
    </>
  );
}
