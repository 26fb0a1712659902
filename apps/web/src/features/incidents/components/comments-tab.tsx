import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../api/client.ts';
import type { Page, User } from '../../../api/types.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateTime, useLocale } from '../../../i18n/i18n.ts';
import { useAddComment, useComments } from '../hooks/use-incident-work.ts';
import type { IncidentDetail } from '../incident-types.ts';

const MENTION = /(@[a-zA-Z0-9._-]+)/g;
const TYPING_MENTION = /@([a-zA-Z0-9._-]*)$/;

/** A comment's text with its @mentions set apart. */
function CommentBody({ body }: { body: string }) {
  // split() with a capturing group puts the mentions at the odd positions; a piece's offset in
  // the text is its stable key.
  let offset = 0;
  const pieces = body.split(MENTION).map((text, i) => {
    const at = offset;
    offset += text.length;
    return { text, at, mention: i % 2 === 1 };
  });
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {pieces.map((p) =>
        p.mention ? (
          <Text key={p.at} span fw={600} c="navy.7">
            {p.text}
          </Text>
        ) : (
          <Fragment key={p.at}>{p.text}</Fragment>
        ),
      )}
    </Text>
  );
}

/** People offered while an @name is being typed at the end of the text. */
function MentionSuggestions({ text, onPick }: { text: string; onPick: (username: string) => void }) {
  const { t } = useTranslation();
  const typing = TYPING_MENTION.exec(text)?.[1] ?? null;
  const [q] = useDebouncedValue(typing, 200);
  const users = useQuery({
    queryKey: ['users', 'mention', q],
    queryFn: ({ signal }) => apiGet<Page<User>>('/api/users', { q: q ?? '', limit: 6, offset: 0 }, signal),
    enabled: q !== null,
  });
  if (typing === null || !users.data?.items.length) return null;
  return (
    <Group gap={4} aria-label={t('incidents.comments.mentionHint')}>
      {users.data.items.map((u) => (
        <Button key={u.id} size="compact-xs" variant="light" onClick={() => onPick(u.username)}>
          @{u.username} · {u.fullName}
        </Button>
      ))}
    </Group>
  );
}

/** Trao đổi: discussion on the incident; @username notifies that person. */
export function CommentsTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const comments = useComments(incident.id);
  const add = useAddComment(incident.id);
  const [body, setBody] = useState('');
  const canComment = incident.allowedActions.includes('comment.create');
  const pick = (username: string) => setBody((b) => b.replace(TYPING_MENTION, `@${username} `));
  return (
    <Stack gap="md">
      <QueryState
        isPending={comments.isPending}
        error={comments.error}
        onRetry={() => void comments.refetch()}
      >
        {(comments.data ?? []).length === 0 && <Text c="dimmed">{t('incidents.comments.empty')}</Text>}
        <Stack gap="xs" data-testid="comments">
          {(comments.data ?? []).map((c) => (
            <Paper key={c.id} withBorder p="sm">
              <Group justify="space-between" mb={4} gap="xs">
                <Text size="sm" fw={600}>
                  {c.author?.fullName ?? t('incidents.comments.unknownAuthor')}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(c.createdAt, locale)}
                </Text>
              </Group>
              <CommentBody body={c.body} />
            </Paper>
          ))}
        </Stack>
      </QueryState>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!body.trim()) return;
            add.mutate(body.trim(), { onSuccess: () => setBody('') });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('incidents.comments.new')}
              description={t('incidents.comments.mentionHint')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={10_000}
              data-testid="comment-body"
            />
            <MentionSuggestions text={body} onPick={pick} />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
                {t('incidents.comments.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
