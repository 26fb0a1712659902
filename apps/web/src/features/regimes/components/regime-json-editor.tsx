import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReportingRegime } from '@ungcuu/domain/regimes/regime.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useLocale } from '../../../i18n/i18n.ts';
import { ValidationIssues } from '../../playbooks/components/validation-issues.tsx';
import { useSaveRegime } from '../hooks/use-regimes.ts';

type Parsed = { ok: true; value: object } | { ok: false; message: string };

/** JSON syntax only; the server checks the regime itself and lists what is wrong. */
function parse(text: string, notObject: string): Parsed {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, message: notObject };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** "Sửa dạng JSON": the whole regime in a text box, checked for syntax here and for content by the server. */
export function RegimeJsonEditor({ regime, onClose }: { regime: ReportingRegime; onClose: () => void }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const save = useSaveRegime();
  const phone = useMediaQuery('(max-width: 36em)');
  const [text, setText] = useState(() => JSON.stringify(regime, null, 2));
  // Checked as one types: a regime is a few thousand characters, parsing it is instant.
  const parsed = useMemo(() => parse(text, t('regimes.jsonNotObject')), [text, t]);
  const submit = () => {
    if (!parsed.ok) return;
    save.mutate(parsed.value, {
      onSuccess: (saved) => {
        notifySuccess(t('regimes.saved', { name: label(saved.name) }));
        onClose();
      },
    });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      size="xl"
      title={t('regimes.editTitle', { name: label(regime.name) })}
      fullScreen={phone}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('regimes.editHint')}
        </Text>
        <ValidationIssues error={save.error} />
        <Textarea
          label={t('regimes.json')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={16}
          maxRows={22}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          error={parsed.ok ? undefined : t('regimes.jsonInvalid', { message: parsed.message })}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: '0.8rem' } }}
          data-testid="regime-json"
        />
        {parsed.ok && (
          <Text size="xs" c="teal.8" data-testid="regime-json-valid">
            {t('regimes.jsonValid')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!parsed.ok} data-testid="regime-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
