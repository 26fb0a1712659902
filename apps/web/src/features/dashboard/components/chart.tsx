import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

export interface ChartProps {
  /** An ECharts option object. */
  option: Record<string, unknown>;
  height: number;
  /** The text a screen reader announces for the picture (the table view holds the figures). */
  label: string;
  onItemClick?: (dataIndex: number, seriesIndex: number) => void;
}

// The chart library is loaded only when a chart is shown: the sign-in page and the lists never
// download it (its own chunk, see decision 0024).
const EChartCanvas = lazy(() => import('./echart-canvas.tsx'));

export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<Skeleton height={props.height} />}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}
