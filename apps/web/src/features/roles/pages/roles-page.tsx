import { Group, Paper, Table, Text } from '@mantine/core';
import { ACTIONS, type Action, ROLE_GRANTS, type Scope } from '@ungcuu/domain/auth/permissions.ts';
import { ROLE_LABELS, ROLES } from '@ungcuu/domain/org/roles.ts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { translateDynamic, useLocale } from '../../../i18n/i18n.ts';

const SCOPE_COLORS: Record<Scope, string> = { all: 'teal.8', own_unit: 'navy.7', self: 'grape.7' };

// Actions grouped by the part of the product they belong to (by the prefix of the action code).
const GROUPS = [
  ['org', ['unit', 'user', 'team']],
  ['admin', ['audit', 'token', 'import']],
  ['incidents', ['incident', 'task', 'evidence', 'comment', 'playbook', 'regime']],
  ['preparedness', ['system', 'risk', 'readiness', 'inspection', 'remediation', 'budget']],
] as const;

type GroupKey = (typeof GROUPS)[number][0] | 'other';

function groupOf(action: Action): GroupKey {
  const prefix = action.split('.')[0] ?? '';
  return GROUPS.find(([, prefixes]) => (prefixes as readonly string[]).includes(prefix))?.[0] ?? 'other';
}

function ScopeCell({ scope }: { scope: Scope | undefined }) {
  const { t } = useTranslation();
  if (!scope) {
    return (
      <Text size="sm" c="dimmed" aria-label={t('roles.scope.none')}>
        —
      </Text>
    );
  }
  return (
    <Text size="xs" fw={600} c={SCOPE_COLORS[scope]}>
      {t(`roles.scope.${scope}`)}
    </Text>
  );
}

/**
 * The domain's permission table (ROLE_GRANTS × ACTIONS), read-only, with each role's vi/en label.
 * An action added to the domain before it has a label here shows its code.
 */
export function RolesPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const groups = (['org', 'admin', 'incidents', 'preparedness', 'other'] as const)
    .map((key) => ({ key, actions: ACTIONS.filter((a) => groupOf(a) === key) }))
    .filter((g) => g.actions.length > 0);
  return (
    <>
      <PageHeader title={t('roles.title')} intro={t('roles.intro')} />
      <Paper withBorder p="sm" mb="md">
        <Group gap="md">
          <Text size="sm" fw={500}>
            {t('roles.legend')}:
          </Text>
          {(['all', 'own_unit', 'self'] as const).map((s) => (
            <ScopeCell key={s} scope={s} />
          ))}
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              —
            </Text>
            <Text size="xs">{t('roles.scope.none')}</Text>
          </Group>
        </Group>
      </Paper>
      <Table.ScrollContainer minWidth={960}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} stickyHeader data-testid="roles-matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('roles.action')}</Table.Th>
              {ROLES.map((role) => (
                <Table.Th key={role} scope="col" style={{ verticalAlign: 'bottom', width: '10%' }}>
                  <Text size="xs" fw={700}>
                    {label(ROLE_LABELS[role])}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Fragment key={group.key}>
                <Table.Tr bg="gray.1">
                  <Table.Th scope="colgroup" colSpan={ROLES.length + 1}>
                    <Text size="sm" fw={700}>
                      {t(`roles.groups.${group.key}`)}
                    </Text>
                  </Table.Th>
                </Table.Tr>
                {group.actions.map((action) => (
                  <Table.Tr key={action}>
                    <Table.Th scope="row" style={{ fontWeight: 500 }}>
                      <Text size="sm">{translateDynamic(`roles.actions.${action}`, action)}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {action}
                      </Text>
                    </Table.Th>
                    {ROLES.map((role) => (
                      <Table.Td key={role}>
                        <ScopeCell scope={ROLE_GRANTS[role][action]} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
