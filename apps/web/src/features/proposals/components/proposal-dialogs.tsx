import { Button, Checkbox, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { PROPOSAL_DECISIONS, type ProposalView } from '@ungcuu/domain/proposals/proposal-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/client.ts';
import { AppModal } from '../../../components/app-modal.tsx';
import { useAnswerProposal, useRaiseProposal } from '../hooks/use-proposals.ts';

/** The focal office or a unit raises a difficulty or proposal for the leaders. */
export function RaiseProposalDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const raise = useRaiseProposal();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [shared, setShared] = useState(false);
  const submit = () =>
    raise.mutate(
      { title: title.trim(), content: content.trim(), sharedWithAll: shared },
      {
        onSuccess: () => {
          notifySuccess(t('proposals.raised'));
          setTitle('');
          setContent('');
          setShared(false);
          onClose();
        },
      },
    );
  return (
    <AppModal opened={opened} onClose={onClose} title={t('proposals.raise')} size="lg">
      <Stack>
        <TextInput
          label={t('proposals.fields.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={300}
          required
          data-testid="proposal-title"
        />
        <Textarea
          label={t('proposals.fields.content')}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          maxLength={8000}
          autosize
          minRows={4}
          required
          data-testid="proposal-content"
        />
        <Checkbox
          label={t('proposals.fields.shared')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={raise.isPending}
            disabled={title.trim().length < 3 || !content.trim()}
            data-testid="proposal-submit"
          >
            {t('proposals.send')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** A leader accepts, declines or notes a proposal; declining or noting needs a written answer. */
export function AnswerProposalDialog({
  proposal,
  onClose,
}: {
  proposal: ProposalView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerProposal();
  const [decision, setDecision] = useState<(typeof PROPOSAL_DECISIONS)[number]>('accepted');
  const [text, setText] = useState('');
  const needsText = decision !== 'accepted' && !text.trim();
  const submit = () => {
    if (!proposal) return;
    answer.mutate(
      {
        id: proposal.id,
        version: proposal.version,
        input: { decision, ...(text.trim() ? { answer: text.trim() } : {}) },
      },
      {
        onSuccess: () => {
          notifySuccess(t('proposals.answered'));
          setText('');
          setDecision('accepted');
          onClose();
        },
      },
    );
  };
  return (
    <AppModal opened={proposal !== null} onClose={onClose} title={t('proposals.answerTitle')} size="lg">
      <Stack>
        <Radio.Group
          label={t('proposals.fields.decision')}
          value={decision}
          onChange={(v) => setDecision(v as typeof decision)}
        >
          <Group mt="xs">
            {PROPOSAL_DECISIONS.map((d) => (
              <Radio key={d} value={d} label={t(`proposals.status.${d}`)} data-testid={`decision-${d}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('proposals.fields.answer')}
          description={
            decision === 'accepted' ? t('proposals.answerOptional') : t('proposals.answerRequired')
          }
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={4000}
          autosize
          minRows={3}
          data-testid="proposal-answer"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={answer.isPending}
            disabled={needsText}
            data-testid="proposal-answer-submit"
          >
            {t('proposals.sendAnswer')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
