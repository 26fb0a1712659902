import { Badge, type BadgeProps, Group, Progress } from '@mantine/core';

/** Bands of the readiness summary (weak < 50 ≤ partial < 80 ≤ good), our judgement as the API states it. */
export function scoreColor(score: number): string {
  if (score >= 80) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

export function ReadinessScore({ score, size = 'lg' }: { score: number; size?: BadgeProps['size'] }) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid="readiness-score" data-score={score}>
      <Badge color={scoreColor(score)} variant="filled" size={size} miw={56}>
        {score}/100
      </Badge>
      <Progress value={score} color={scoreColor(score)} w={90} aria-hidden />
    </Group>
  );
}
