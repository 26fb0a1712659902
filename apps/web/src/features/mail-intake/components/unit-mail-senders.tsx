import { Button, Fieldset, Group, Stack, TagsInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { FormError } from '../../../components/form-error.tsx';
import { useSession } from '../../auth/components/session-gate.tsx';
import { useSaveUnitMailSenders, useUnitMailSenders } from '../hooks/use-mail-intake.ts';

/**
 * The addresses and domains whose mails to the intake address are filed under this unit. Only the
 * focal office edits them (a unit claiming a domain would receive another unit's reports).
 */
export function UnitMailSenders({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canEdit = actor.roles.includes('admin') || actor.roles.includes('coordinator');
  const senders = useUnitMailSenders(unitId);
  const save = useSaveUnitMailSenders(unitId);
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    if (senders.data) setPatterns(senders.data.patterns);
  }, [senders.data]);
  if (senders.error) return null;
  const changed = senders.data !== undefined && patterns.join('\n') !== senders.data.patterns.join('\n');
  return (
    <Fieldset legend={t('mailIntake.senders.legend')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('mailIntake.senders.hint')}
        </Text>
        <TagsInput
          aria-label={t('mailIntake.senders.legend')}
          value={patterns}
          onChange={setPatterns}
          disabled={!canEdit}
          placeholder={canEdit ? t('mailIntake.senders.placeholder') : undefined}
          maxTags={50}
          data-testid="unit-mail-senders"
        />
        <FormError error={save.error} />
        {canEdit && (
          <Group justify="flex-end">
            <Button
              type="button"
              size="compact-sm"
              disabled={!changed}
              loading={save.isPending}
              onClick={() =>
                save.mutate(patterns, { onSuccess: () => notifySuccess(t('mailIntake.senders.saved')) })
              }
            >
              {t('mailIntake.senders.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
