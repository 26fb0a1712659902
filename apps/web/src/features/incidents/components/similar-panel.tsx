import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SimilarIncidents } from '@ungcuu/domain/incidents/classifier-schemas.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../../api/client.ts';
import { useConfirm } from '../../../components/confirm-dialog.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useSimilarIncidents, useSimilarToDraft } from '../../classifier/hooks/use-classifier.ts';
import { useAddLink } from '../hooks/use-incident-work.ts';
import { useMerge } from '../hooks/use-incidents.ts';
import type { IncidentDetail } from '../incident-types.ts';
import { StateBadge } from './badges.tsx';

type Item = SimilarIncidents['items'][number];

function Reasons({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge variant="light" color={item.score >= 0.6 ? 'red' : 'yellow'} size="sm">
        {t('similar.score', { percent: Math.round(item.score * 100) })}
      </Badge>
      {item.textSimilarity >= 0.2 && (
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {t('similar.text', { percent: Math.round(item.textSimilarity * 100) })}
        </Badge>
      )}
      {item.sharedObservables.map((o) => (
        <Badge key={o} variant="outline" color="grape" size="sm" style={{ textTransform: 'none' }}>
          {o}
        </Badge>
      ))}
      {item.sameSystem && (
        <Badge variant="outline" size="sm">
          {t('similar.sameSystem')}
        </Badge>
      )}
      {item.sameUnit && (
        <Badge variant="outline" size="sm">
          {t('similar.sameUnit')}
        </Badge>
      )}
    </Group>
  );
}

function Row({ item, actions }: { item: Item; actions?: ReactNode }) {
  const { locale } = useLocale();
  return (
    <Stack gap={4} data-testid="similar-item">
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/incidents/${item.id}`} ff="monospace" fw={700} size="sm">
          {item.code}
        </Anchor>
        <Text size="sm">{item.title}</Text>
        <StateBadge state={item.state} />
        <Text size="xs" c="dimmed">
          {formatDateTime(item.detectedAt, locale)}
        </Text>
      </Group>
      <Group justify="space-between" wrap="wrap">
        <Reasons item={item} />
        {actions}
      </Group>
    </Stack>
  );
}

/**
 * "Sự cố tương tự" on the incident page: open and recent incidents like this one, with a
 * one-click link or merge, so that a wave of the same report from many wards is one campaign.
 */
export function SimilarIncidentsPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const similar = useSimilarIncidents(incident.id);
  const link = useAddLink(incident.id);
  const merge = useMerge(incident.id);
  const [confirm, confirmElement] = useConfirm();
  const canLink = incident.allowedActions.includes('incident.update');
  const canMerge =
    incident.allowedActions.includes('incident.merge') &&
    ['new', 'triaged', 'responding', 'contained'].includes(incident.state);
  const items = similar.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="similar-incidents">
      <Stack gap="sm">
        <Title order={4}>{t('similar.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('similar.hint')}
        </Text>
        {items.map((item) => (
          <Row
            key={item.id}
            item={item}
            actions={
              <Group gap="xs">
                {canLink && (
                  <Button
                    size="xs"
                    variant="light"
                    loading={link.isPending}
                    onClick={() =>
                      link.mutate(
                        { otherId: item.id, kind: 'related' },
                        { onSuccess: () => notifySuccess(t('incidents.related.linked')) },
                      )
                    }
                  >
                    {t('similar.link')}
                  </Button>
                )}
                {canMerge && (
                  <Button
                    size="xs"
                    color="orange"
                    variant="light"
                    loading={merge.isPending}
                    onClick={async () => {
                      if (
                        !(await confirm(
                          t('incidents.related.mergeConfirm', { code: incident.code }),
                          t('incidents.related.merge'),
                        ))
                      )
                        return;
                      merge.mutate(item.id, {
                        onSuccess: () => notifySuccess(t('incidents.related.merged')),
                      });
                    }}
                  >
                    {t('similar.mergeInto', { code: item.code })}
                  </Button>
                )}
              </Group>
            }
          />
        ))}
      </Stack>
      {confirmElement}
    </Paper>
  );
}

/** On the report form: incidents that may already be this one, before it is filed. */
export function SimilarToDraft(props: { title: string; description: string; systemId: string | null }) {
  const { t } = useTranslation();
  const similar = useSimilarToDraft(props);
  const items = similar.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="similar-to-draft">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('similar.draftTitle')}
        </Text>
        {items.map((item) => (
          <Row key={item.id} item={item} />
        ))}
      </Stack>
    </Paper>
  );
}
