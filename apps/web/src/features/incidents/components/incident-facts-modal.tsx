import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import type { IncidentPatch } from '@ungcuu/domain/incidents/schemas.ts';
import type { TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { fromLocalInput, toLocalInput } from '../datetime.ts';
import { usePatchIncident } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { TriggerQuestions, YesNoQuestion } from './trigger-questions.tsx';

interface Draft {
  title: string;
  description: string;
  detectedAt: string;
  systemText: string;
  triggers: TriggerFlags;
  personalData: boolean;
  ciaAffected: boolean;
  nationalSecurityHarm: boolean;
}

const draftOf = (i: IncidentDetail): Draft => ({
  title: i.title,
  description: i.description ?? '',
  detectedAt: toLocalInput(i.detectedAt),
  systemText: i.systemText ?? '',
  triggers: i.triggers,
  personalData: i.personalData,
  ciaAffected: i.ciaAffected,
  nationalSecurityHarm: i.nationalSecurityHarm,
});

/** Corrects the reported facts; the server recomputes the tier and says why. */
export function IncidentFactsModal({
  incident,
  opened,
  onClose,
}: {
  incident: IncidentDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const patch = usePatchIncident(incident.id);
  const [draft, setDraft] = useState(() => draftOf(incident));
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (opened) setDraft(draftOf(incident));
  }, [opened]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const detectedAt = fromLocalInput(draft.detectedAt);

  const save = () => {
    const body: IncidentPatch = {
      title: draft.title.trim(),
      description: draft.description,
      systemText: draft.systemText.trim() || null,
      triggers: draft.triggers,
      personalData: draft.personalData,
      ciaAffected: draft.ciaAffected,
      nationalSecurityHarm: draft.nationalSecurityHarm,
      ...(detectedAt ? { detectedAt } : {}),
    };
    patch.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.saved'));
        onClose();
      },
    });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('incidents.facts.edit')} size="lg">
      <Stack>
        <TextInput
          label={t('report.title')}
          value={draft.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          required
          maxLength={300}
        />
        <Textarea
          label={t('report.description')}
          value={draft.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <TextInput
          type="datetime-local"
          label={t('report.detectedAt')}
          value={draft.detectedAt}
          onChange={(e) => set('detectedAt', e.currentTarget.value)}
          error={detectedAt ? null : t('errors.required')}
        />
        <TextInput
          label={t('report.system')}
          value={draft.systemText}
          onChange={(e) => set('systemText', e.currentTarget.value)}
          maxLength={300}
        />
        <TriggerQuestions value={draft.triggers} onChange={(v) => set('triggers', v)} />
        <YesNoQuestion
          question={t('report.personalData')}
          value={draft.personalData}
          onChange={(v) => set('personalData', v)}
        />
        <YesNoQuestion
          question={t('incidents.facts.ciaAffected')}
          hint={t('incidents.facts.ciaAffectedHint')}
          value={draft.ciaAffected}
          onChange={(v) => set('ciaAffected', v)}
        />
        <YesNoQuestion
          question={t('incidents.facts.nationalSecurityHarm')}
          value={draft.nationalSecurityHarm}
          onChange={(v) => set('nationalSecurityHarm', v)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={save}
            loading={patch.isPending}
            disabled={draft.title.trim().length < 3 || !detectedAt}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
