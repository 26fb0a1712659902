import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSystemProductMutations, useSystemProducts } from '../../warnings/hooks/use-warnings.ts';
import type { SystemView } from '../system-types.ts';

const EMPTY = { vendor: '', product: '', version: '', cpe: '' };

/** The software products a system runs (vendor, product, version, CPE): what warnings are matched against. */
export function ProductsPanel({ system }: { system: SystemView }) {
  const { t } = useTranslation();
  const products = useSystemProducts(system.id);
  const { add, remove } = useSystemProductMutations(system.id);
  const [row, setRow] = useState(EMPTY);
  const mayEdit = system.allowedActions.includes('system.update') && !system.archived;
  const submit = () =>
    add.mutate(
      {
        vendor: row.vendor.trim(),
        product: row.product.trim(),
        version: row.version.trim() || null,
        cpe: row.cpe.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('warnings.products.added'));
          setRow(EMPTY);
        },
      },
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('warnings.products.intro')}
      </Text>
      <QueryState
        isPending={products.isPending}
        error={products.error}
        onRetry={() => void products.refetch()}
      >
        <Table.ScrollContainer minWidth={520}>
          <Table striped data-testid="system-products">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('warnings.fields.vendor')}</Table.Th>
                <Table.Th>{t('warnings.fields.product')}</Table.Th>
                <Table.Th>{t('warnings.products.version')}</Table.Th>
                <Table.Th>CPE</Table.Th>
                {mayEdit && <Table.Th aria-label={t('common.actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {products.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.vendor}</Table.Td>
                  <Table.Td>{p.product}</Table.Td>
                  <Table.Td>{p.version ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {p.cpe ?? ''}
                    </Text>
                  </Table.Td>
                  {mayEdit && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('warnings.remove')}
                        onClick={() => remove.mutate(p.id)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {products.data?.items.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('warnings.products.empty')}
          </Text>
        )}
      </QueryState>
      {mayEdit && (
        <Paper withBorder p="sm">
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('warnings.fields.vendor')}
              required
              value={row.vendor}
              onChange={(e) => setRow({ ...row, vendor: e.currentTarget.value })}
              maxLength={200}
              style={{ flex: '1 1 8rem' }}
            />
            <TextInput
              label={t('warnings.fields.product')}
              required
              value={row.product}
              onChange={(e) => setRow({ ...row, product: e.currentTarget.value })}
              maxLength={200}
              style={{ flex: '1 1 8rem' }}
            />
            <TextInput
              label={t('warnings.products.version')}
              value={row.version}
              onChange={(e) => setRow({ ...row, version: e.currentTarget.value })}
              maxLength={100}
              style={{ flex: '1 1 6rem' }}
            />
            <TextInput
              label="CPE 2.3"
              placeholder="cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:*"
              value={row.cpe}
              onChange={(e) => setRow({ ...row, cpe: e.currentTarget.value })}
              maxLength={400}
              style={{ flex: '2 1 14rem' }}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={submit}
              loading={add.isPending}
              disabled={!row.vendor.trim() || !row.product.trim()}
            >
              {t('warnings.products.add')}
            </Button>
          </Group>
          <FormError error={add.error ?? remove.error} />
        </Paper>
      )}
    </Stack>
  );
}
