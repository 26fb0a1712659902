import { Group, Progress, Text } from '@mantine/core';

/** Bands of the readiness summary (weak < 50 ≤ partial < 80 ≤ good), our judgement as the API states it. */
export function scoreColor(score: number): string {
  if (score >= 80) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

/** "62 /100" with a bar in the band's colour. */
export function ReadinessScore({ score, size = 'lg' }: { score: number; size?: 'md' | 'lg' }) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid="readiness-score" data-score={score}>
      <Text
        fw={700}
        fz={size === 'lg' ? 28 : 'md'}
        c={`${scoreColor(score)}.8`}
        lh={1}
        miw={size === 'lg' ? 44 : 28}
        ta="right"
      >
        {score}
      </Text>
      <Text size="xs" c="dimmed">
        /100
      </Text>
      <Progress value={score} color={scoreColor(score)} w={size === 'lg' ? 160 : 80} aria-hidden />
    </Group>
  );
}
