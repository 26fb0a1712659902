import {
  Badge,
  Button,
  Group,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { NOTICE_KIND_LABELS, NOTICE_KINDS } from '@ungcuu/domain/notifications/notice-kinds.ts';
import type {
  EndpointInput,
  EndpointView,
} from '@ungcuu/domain/notifications/notification-settings.schemas.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useAdminMutations, useEndpointLog } from '../hooks/use-notification-settings.ts';

// The form and delivery log of one webhook or chat endpoint (administrators' notification settings).
export const EMPTY: EndpointInput = {
  kind: 'webhook',
  name: '',
  url: '',
  secret: null,
  chatId: null,
  template: null,
  kinds: [],
  minTier: 0,
  enabled: true,
};

export function EndpointLog({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const log = useEndpointLog(id);
  if (!log.data) return null;
  if (log.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('notifyAdmin.logEmpty')}
      </Text>
    );
  return (
    <Table fz="sm">
      <Table.Tbody>
        {log.data.items.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{formatDateTime(d.at, locale)}</Table.Td>
            <Table.Td>{t('notifyAdmin.attempt', { n: d.attempt })}</Table.Td>
            <Table.Td>
              <Badge color={d.ok ? 'green' : 'red'} variant="light">
                {d.ok ? t('notifyAdmin.ok') : t('notifyAdmin.failed')}
              </Badge>
            </Table.Td>
            <Table.Td>{d.error ?? `${d.durationMs} ms`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function EndpointForm({
  initial,
  id,
  onDone,
}: {
  initial: EndpointInput;
  id: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const { saveEndpoint } = useAdminMutations();
  const [form, setForm] = useState<EndpointInput>(initial);
  const [secret, setSecret] = useState('');
  const hint = {
    title: '{{title}}',
    body: '{{body}}',
    link: '{{link}}',
    text: '{{text}}',
    kind: '{{kind}}',
    tier: '{{tier}}',
    interpolation: { escapeValue: false },
  };
  return (
    <Stack>
      <Group grow>
        <Select
          label={t('notifyAdmin.endpointKind')}
          allowDeselect={false}
          value={form.kind}
          onChange={(v) => setForm({ ...form, kind: (v ?? 'webhook') as EndpointInput['kind'] })}
          data={[
            { value: 'webhook', label: t('notifyAdmin.kindWebhook') },
            { value: 'telegram', label: t('notifyAdmin.kindTelegram') },
            { value: 'chat', label: t('notifyAdmin.kindChat') },
          ]}
        />
        <TextInput
          label={t('notifyAdmin.name')}
          value={form.name}
          maxLength={120}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
      </Group>
      <TextInput
        label={t('notifyAdmin.url')}
        description={form.kind === 'telegram' ? t('notifyAdmin.urlTelegramHint') : undefined}
        value={form.url}
        onChange={(e) => setForm({ ...form, url: e.currentTarget.value })}
      />
      <PasswordInput
        label={t('notifyAdmin.secret')}
        placeholder={id ? t('notifyAdmin.secretKept') : ''}
        value={secret}
        onChange={(e) => setSecret(e.currentTarget.value)}
        autoComplete="new-password"
      />
      {form.kind !== 'webhook' && (
        <TextInput
          label={t('notifyAdmin.chatIdGroup')}
          value={form.chatId ?? ''}
          onChange={(e) => setForm({ ...form, chatId: e.currentTarget.value || null })}
        />
      )}
      {form.kind === 'chat' && (
        <Textarea
          label={t('notifyAdmin.template')}
          description={t('notifyAdmin.templateHint', hint)}
          value={form.template ?? ''}
          autosize
          minRows={2}
          onChange={(e) => setForm({ ...form, template: e.currentTarget.value || null })}
        />
      )}
      <Group grow>
        <MultiSelect
          label={t('notifyAdmin.kinds')}
          value={form.kinds}
          onChange={(v) => setForm({ ...form, kinds: v as EndpointInput['kinds'] })}
          data={NOTICE_KINDS.map((k) => ({ value: k, label: label(NOTICE_KIND_LABELS[k]) }))}
          searchable
        />
        <Select
          label={t('notifyAdmin.minTier')}
          allowDeselect={false}
          value={String(form.minTier)}
          onChange={(v) => setForm({ ...form, minTier: Number(v ?? 0) })}
          data={['0', '1', '2', '3', '4'].map((n) => ({
            value: n,
            label: n === '0' ? t('notifyPrefs.anyTier') : `T${n}`,
          }))}
        />
      </Group>
      <Switch
        label={t('notifyAdmin.enabled')}
        checked={form.enabled}
        onChange={(e) => setForm({ ...form, enabled: e.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={saveEndpoint.isPending}
          onClick={() =>
            saveEndpoint.mutate(
              { id, body: { ...form, ...(secret ? { secret } : id ? {} : { secret: null }) } },
              {
                onSuccess: () => {
                  notifySuccess(t('common.saved'));
                  onDone();
                },
              },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

export function toInput(e: EndpointView): EndpointInput {
  return {
    kind: e.kind,
    name: e.name,
    url: e.url,
    chatId: e.chatId,
    template: e.template,
    kinds: e.kinds as EndpointInput['kinds'],
    minTier: e.minTier,
    enabled: e.enabled,
  };
}
