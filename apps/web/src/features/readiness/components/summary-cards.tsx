import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDueLicences, useReadinessSummary } from '../hooks/use-readiness.ts';

/** The town at a glance: average score, units per band, licences due within 30 days. */
export function SummaryCards() {
  const { t } = useTranslation();
  const summary = useReadinessSummary();
  const due = useDueLicences(30);
  const s = summary.data;
  const count = (band: string) => s?.distribution.find((d) => d.band === band)?.count;
  const figures: [string, string | number | undefined][] = [
    [t('readiness.summary.average'), s?.averageScore ?? (s ? t('common.none') : undefined)],
    [t('readiness.summary.good'), count('good')],
    [t('readiness.summary.partial'), count('partial')],
    [t('readiness.summary.weak'), count('weak')],
    [t('readiness.summary.dueLicences'), due.data?.length],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md">
      {figures.map(([label, value]) => (
        <Card withBorder padding="sm" key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fz={26} fw={700} c="navy.9" lh={1.2}>
            {value ?? '…'}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
