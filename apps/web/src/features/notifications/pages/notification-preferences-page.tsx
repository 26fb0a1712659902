import { Button, Checkbox, Group, Paper, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { NOTICE_KIND_LABELS, type NoticeKind } from '@ungcuu/domain/notifications/notice-kinds.ts';
import { DEFAULT_RULE, type NotificationPrefs } from '@ungcuu/domain/notifications/preferences.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { usePreferences, useSavePreferences } from '../hooks/use-notification-settings.ts';

const CHANNELS = ['inapp', 'email', 'chat'] as const;

/** Each person's choice of channels per kind of notice, quiet hours, digest and chat id. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { label } = useLocale();
  const query = usePreferences();
  const save = useSavePreferences();
  const [prefs, setPrefs] = useState<NotificationPrefs | null>(null);
  useEffect(() => {
    if (query.data) setPrefs(query.data.prefs);
  }, [query.data]);
  const kinds = (query.data?.kinds ?? []).filter((k) => k !== 'test') as NoticeKind[];
  const rule = (k: NoticeKind) => prefs?.rules[k] ?? DEFAULT_RULE;
  const setRule = (k: NoticeKind, patch: Partial<typeof DEFAULT_RULE>) =>
    setPrefs((p) => (p ? { ...p, rules: { ...p.rules, [k]: { ...rule(k), ...patch } } } : p));
  const tiers = [
    { value: '0', label: t('notifyPrefs.anyTier') },
    ...[1, 2, 3].map((n) => ({ value: String(n), label: `T${n}` })),
  ];
  return (
    <>
      <PageHeader title={t('notifyPrefs.title')} intro={t('notifyPrefs.intro')} />
      <QueryState
        isPending={query.isPending || !prefs}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        {prefs && (
          <Stack maw={900}>
            <Paper withBorder p="md">
              <Table striped data-testid="notification-preferences">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('notifyPrefs.kind')}</Table.Th>
                    {CHANNELS.map((c) => (
                      <Table.Th key={c}>{t(`notifyPrefs.${c}`)}</Table.Th>
                    ))}
                    <Table.Th title={t('notifyPrefs.minTierHint')}>{t('notifyPrefs.minTier')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {kinds.map((k) => (
                    <Table.Tr key={k} data-testid="notification-rule" data-kind={k}>
                      <Table.Td>{label(NOTICE_KIND_LABELS[k])}</Table.Td>
                      {CHANNELS.map((c) => (
                        <Table.Td key={c}>
                          <Checkbox
                            data-testid={`rule-${c}`}
                            aria-label={`${label(NOTICE_KIND_LABELS[k])}: ${t(`notifyPrefs.${c}`)}`}
                            checked={rule(k)[c]}
                            onChange={(e) => setRule(k, { [c]: e.currentTarget.checked })}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <Select
                          aria-label={`${label(NOTICE_KIND_LABELS[k])}: ${t('notifyPrefs.minTier')}`}
                          data={tiers}
                          value={String(rule(k).minTier)}
                          onChange={(v) => setRule(k, { minTier: Number(v ?? 0) })}
                          allowDeselect={false}
                          w={110}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="md">
              <Stack>
                <Switch
                  data-testid="quiet-hours"
                  label={t('notifyPrefs.quiet')}
                  description={t('notifyPrefs.quietHint')}
                  checked={prefs.quietHours !== null}
                  onChange={(e) =>
                    setPrefs({
                      ...prefs,
                      quietHours: e.currentTarget.checked ? { from: '22:00', to: '06:00' } : null,
                    })
                  }
                />
                {prefs.quietHours && (
                  <Group>
                    <TextInput
                      type="time"
                      data-testid="quiet-from"
                      label={t('notifyPrefs.quietFrom')}
                      value={prefs.quietHours.from}
                      onChange={(e) =>
                        setPrefs({
                          ...prefs,
                          quietHours: { ...prefs.quietHours!, from: e.currentTarget.value },
                        })
                      }
                    />
                    <TextInput
                      type="time"
                      data-testid="quiet-to"
                      label={t('notifyPrefs.quietTo')}
                      value={prefs.quietHours.to}
                      onChange={(e) =>
                        setPrefs({
                          ...prefs,
                          quietHours: { ...prefs.quietHours!, to: e.currentTarget.value },
                        })
                      }
                    />
                  </Group>
                )}
                <Switch
                  label={t('notifyPrefs.digest')}
                  description={t('notifyPrefs.digestHint')}
                  checked={prefs.digest}
                  onChange={(e) => setPrefs({ ...prefs, digest: e.currentTarget.checked })}
                />
                <TextInput
                  label={t('notifyPrefs.chatId')}
                  description={t('notifyPrefs.chatIdHint')}
                  value={prefs.chatId ?? ''}
                  maxLength={64}
                  onChange={(e) => setPrefs({ ...prefs, chatId: e.currentTarget.value.trim() || null })}
                  maw={320}
                />
              </Stack>
            </Paper>
            <Group justify="flex-end">
              <Text size="sm" c="dimmed" />
              <Button
                data-testid="preferences-save"
                loading={save.isPending}
                onClick={() => save.mutate(prefs, { onSuccess: () => notifySuccess(t('notifyPrefs.saved')) })}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
