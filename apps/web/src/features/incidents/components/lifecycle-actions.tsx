import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TransitionCode } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { TransitionInput } from '@ungcuu/domain/incidents/schemas.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { translateDynamic, useLocale } from '../../../i18n/i18n.ts';
import { useMerge, useTransition } from '../hooks/use-incidents.ts';
import type { AvailableTransition, IncidentDetail } from '../incident-types.ts';
import { CloseDialog } from './close-dialog.tsx';
import { IncidentPicker } from './incident-picker.tsx';

/** Requirements the transition's own dialog asks for; the others must be filled on the page first. */
const ASKED_IN_DIALOG: Partial<Record<TransitionCode, string>> = {
  reject: 'rejectionReason',
  mark_duplicate: 'duplicateOfId',
  merge: 'mergedIntoId',
  reopen: 'reopenReason',
};

const COLORS: Partial<Record<TransitionCode, string>> = {
  reject: 'gray',
  mark_duplicate: 'gray',
  merge: 'gray',
  close: 'green',
  reopen: 'orange',
  resume_response: 'orange',
};

function TransitionDialog({
  incident,
  transition,
  onClose,
}: {
  incident: IncidentDetail;
  transition: AvailableTransition | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const move = useTransition(incident.id);
  const merge = useMerge(incident.id);
  const [reason, setReason] = useState('');
  const [otherId, setOtherId] = useState<string | null>(null);
  const code = transition?.code;
  const needsReason = code === 'reject' || code === 'reopen';
  const ready = needsReason ? reason.trim().length >= 3 : otherId !== null;
  const done = () => {
    notifySuccess(t('incidents.lifecycle.done', { label: transition ? label(transition.label) : '' }));
    setReason('');
    setOtherId(null);
    onClose();
  };
  const submit = () => {
    if (!transition) return;
    if (code === 'merge' && otherId) return merge.mutate(otherId, { onSuccess: done });
    const body: TransitionInput = { to: transition.to };
    if (code === 'reject') body.rejectionReason = reason.trim();
    if (code === 'reopen') body.reopenReason = reason.trim();
    if (code === 'mark_duplicate' && otherId) body.duplicateOfId = otherId;
    move.mutate(body, { onSuccess: done });
  };
  return (
    <AppModal
      opened={transition !== null}
      onClose={onClose}
      title={transition ? label(transition.label) : ''}
      centered
    >
      <Stack>
        {needsReason ? (
          <Textarea
            label={t(
              code === 'reject' ? 'incidents.lifecycle.rejectionReason' : 'incidents.lifecycle.reopenReason',
            )}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
            data-testid="transition-reason"
          />
        ) : (
          <IncidentPicker
            label={t(code === 'merge' ? 'incidents.lifecycle.mergeInto' : 'incidents.lifecycle.duplicateOf')}
            excludeId={incident.id}
            value={otherId}
            onChange={setOtherId}
          />
        )}
        {code === 'merge' && (
          <Text size="sm" c="dimmed">
            {t('incidents.lifecycle.mergeHint')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={!ready} loading={move.isPending || merge.isPending}>
            {transition ? label(transition.label) : ''}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** The lifecycle moves the server offers this person now, with what is still missing for each. */
export function LifecycleActions({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const move = useTransition(incident.id);
  const [dialog, setDialog] = useState<AvailableTransition | null>(null);
  const [closing, setClosing] = useState<AvailableTransition | null>(null);
  const [serverMissing, setServerMissing] = useState<string[]>([]);
  if (incident.transitions.length === 0) return null;

  // The way forward first; rejecting, merging and the like after it.
  const ordered = [...incident.transitions].sort(
    (a, b) => Number(!!ASKED_IN_DIALOG[a.code]) - Number(!!ASKED_IN_DIALOG[b.code]),
  );
  const blocking = (tr: AvailableTransition) => tr.missing.filter((m) => m !== ASKED_IN_DIALOG[tr.code]);
  const missingText = (fields: string[]) =>
    fields.map((f) => translateDynamic(`incidents.requirements.${f}`, f)).join(', ');

  const run = (tr: AvailableTransition) => {
    if (ASKED_IN_DIALOG[tr.code]) return setDialog(tr);
    // Closing lists what is still open and asks how to settle it.
    if (tr.code === 'close') return setClosing(tr);
    setServerMissing([]);
    move.mutate(
      { to: tr.to },
      {
        onSuccess: () => notifySuccess(t('incidents.lifecycle.done', { label: label(tr.label) })),
        onError: (error) => {
          const details =
            error instanceof ApiError ? (error.details as { missing?: string[] } | undefined) : undefined;
          if (details?.missing) setServerMissing(details.missing);
        },
      },
    );
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="lifecycle">
      <Title order={2} size="h5" mb="xs">
        {t('incidents.lifecycle.title')}
      </Title>
      <Group gap="xs" wrap="wrap">
        {ordered.map((tr) => {
          const missing = blocking(tr);
          return (
            <Stack key={tr.code} gap={2}>
              <Button
                size="sm"
                color={COLORS[tr.code]}
                variant={COLORS[tr.code] === 'gray' ? 'default' : 'filled'}
                rightSection={!ASKED_IN_DIALOG[tr.code] && <IconArrowRight size={14} aria-hidden />}
                disabled={missing.length > 0}
                loading={move.isPending && move.variables?.to === tr.to && !ASKED_IN_DIALOG[tr.code]}
                onClick={() => run(tr)}
                data-testid={`transition-${tr.code}`}
                aria-describedby={missing.length ? `missing-${tr.code}` : undefined}
              >
                {label(tr.label)}
              </Button>
              {missing.length > 0 && (
                <Text size="xs" c="orange.8" id={`missing-${tr.code}`} maw={260}>
                  {t('incidents.lifecycle.missing', { list: missingText(missing) })}
                </Text>
              )}
            </Stack>
          );
        })}
      </Group>
      {serverMissing.length > 0 && (
        <Alert color="orange" mt="sm" role="alert">
          {t('incidents.lifecycle.missing', { list: missingText(serverMissing) })}
        </Alert>
      )}
      <TransitionDialog incident={incident} transition={dialog} onClose={() => setDialog(null)} />
      <CloseDialog incident={incident} transition={closing} onClose={() => setClosing(null)} />
    </Paper>
  );
}
