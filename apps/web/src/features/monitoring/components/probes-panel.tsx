import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { SecretReveal } from '../../../components/secret-reveal.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useCreateProbe, useProbes, useRevokeProbe } from '../hooks/use-monitors.ts';

/** Remote probes: made here (the secret is shown once), run elsewhere with `ungcuu probe`. */
export function ProbesPanel() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const probes = useProbes();
  const create = useCreateProbe();
  const revoke = useRevokeProbe();
  const [name, setName] = useState('');
  return (
    <Stack>
      <Text size="sm">{t('monitoring.probes.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('monitoring.probes.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button
          disabled={name.trim().length < 2}
          loading={create.isPending}
          onClick={() => create.mutate({ name })}
        >
          {t('monitoring.probes.create')}
        </Button>
      </Group>
      {create.data && (
        <>
          <SecretReveal label={t('monitoring.probes.secret')} value={create.data.secret} />
          <Text size="xs" ff="monospace">
            {`ungcuu probe --server ${window.location.origin} --token-file probe.key`}
          </Text>
        </>
      )}
      <FormError error={create.error ?? revoke.error} />
      <Table>
        <Table.Tbody>
          {probes.data?.items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{p.unitName}</Table.Td>
              <Table.Td>
                {p.revokedAt ? t('monitoring.probes.revoked') : formatDateTime(p.lastSeenAt, locale)}
              </Table.Td>
              <Table.Td>
                {!p.revokedAt && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(p.id)}>
                    {t('monitoring.probes.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
