import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ProposalStatus, ProposalView } from '@ungcuu/domain/proposals/proposal-api.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { AnswerProposalDialog } from './proposal-dialogs.tsx';

const STATUS_COLORS: Record<ProposalStatus, string> = {
  open: 'orange',
  accepted: 'teal',
  declined: 'red',
  noted: 'blue',
};

/** Proposals as cards: who raised what, the leader's answer, and the answer button for leaders. */
export function ProposalList({ items }: { items: ProposalView[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [answering, setAnswering] = useState<ProposalView | null>(null);
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('proposals.empty')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {items.map((p) => (
        <Card key={p.id} withBorder padding="sm" data-testid={`proposal-${p.id}`}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600}>{p.title}</Text>
              <Text size="xs" c="dimmed">
                {p.unitName} · {p.raisedByName} · {formatDateTime(p.createdAt, locale)}
                {p.incidentId && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/incidents/${p.incidentId}`} size="xs">
                      {p.incidentCode}
                    </Anchor>
                  </>
                )}
              </Text>
            </Stack>
            <Badge color={STATUS_COLORS[p.status]} variant="light" style={{ flex: 'none' }}>
              {t(`proposals.status.${p.status}`)}
            </Badge>
          </Group>
          <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
            {p.content}
          </Text>
          {p.answer && (
            <Text size="sm" mt={6} c="navy.8">
              <Text span fw={600}>
                {t('proposals.answerBy', { name: p.answeredByName ?? '' })}
              </Text>{' '}
              {p.answer}
            </Text>
          )}
          {p.allowedActions.includes('proposal.answer') && (
            <Group justify="flex-end" mt="xs" className="no-print">
              <Button size="xs" onClick={() => setAnswering(p)} data-testid="proposal-answer-open">
                {t('proposals.answer')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
      <AnswerProposalDialog proposal={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}
