import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { ACTIONS, ROLE_GRANTS, type Scope } from '@ungcuu/domain/auth/permissions.ts';
import { ROLE_LABELS, ROLES } from '@ungcuu/domain/org/roles.ts';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { translateDynamic, useLocale } from '../../../i18n/i18n.ts';

const SCOPE_COLORS: Record<Scope, string> = { all: 'teal', own_unit: 'navy', self: 'grape' };

function ScopeBadge({ scope }: { scope: Scope | undefined }) {
  const { t } = useTranslation();
  if (!scope) {
    return (
      <Text size="sm" c="dimmed" aria-label={t('roles.scope.none')}>
        —
      </Text>
    );
  }
  return (
    <Badge color={SCOPE_COLORS[scope]} variant="light" size="sm" style={{ textTransform: 'none' }}>
      {t(`roles.scope.${scope}`)}
    </Badge>
  );
}

/**
 * The domain's permission table (ROLE_GRANTS × ACTIONS), read-only, with each role's vi/en label.
 * An action added to the domain before it has a label here shows its code.
 */
export function RolesPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  return (
    <>
      <PageHeader title={t('roles.title')} intro={t('roles.intro')} />
      <Paper withBorder p="sm" mb="md">
        <Group gap="md">
          <Text size="sm" fw={500}>
            {t('roles.legend')}:
          </Text>
          {(['all', 'own_unit', 'self'] as const).map((s) => (
            <ScopeBadge key={s} scope={s} />
          ))}
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              —
            </Text>
            <Text size="sm">{t('roles.scope.none')}</Text>
          </Group>
        </Group>
      </Paper>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders striped verticalSpacing="xs" data-testid="roles-matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('roles.action')}</Table.Th>
              {ROLES.map((role) => (
                <Table.Th key={role} scope="col" style={{ verticalAlign: 'bottom' }}>
                  <Text size="sm" fw={600}>
                    {label(ROLE_LABELS[role])}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ACTIONS.map((action) => (
              <Table.Tr key={action}>
                <Table.Th scope="row" style={{ fontWeight: 500 }}>
                  <Text size="sm">{translateDynamic(`roles.actions.${action}`, action)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {action}
                  </Text>
                </Table.Th>
                {ROLES.map((role) => (
                  <Table.Td key={role}>
                    <ScopeBadge scope={ROLE_GRANTS[role][action]} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
