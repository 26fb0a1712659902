import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useRiskLessons } from '../hooks/use-lessons.ts';
import { LessonSource } from './lesson-detail.tsx';

/** On a risk: the lessons of closed incidents linked to it (seed I.2), redacted like the library. */
export function RiskLessons({ riskId }: { riskId: string }) {
  const { t } = useTranslation();
  const lessons = useRiskLessons(riskId);
  return (
    <Stack gap="xs" data-testid="risk-lessons">
      <Title order={3} size="h5">
        {t('lessons.title')}
      </Title>
      <QueryState isPending={lessons.isPending} error={lessons.error} onRetry={() => void lessons.refetch()}>
        {lessons.data?.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('lessons.noneForRisk')}
          </Text>
        )}
        {lessons.data?.items.map((l) => (
          <div key={l.id}>
            <Text size="sm">{l.lessons}</Text>
            <LessonSource lesson={l} />
          </div>
        ))}
        <Anchor component={Link} to="/lessons" size="sm">
          {t('lessons.openLibrary')}
        </Anchor>
      </QueryState>
    </Stack>
  );
}
