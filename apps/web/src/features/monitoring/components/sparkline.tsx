import { useTranslation } from 'react-i18next';

interface Point {
  at: string;
  checks: number;
  ok: number;
  avgResponseMs: number | null;
}

/**
 * Response time as a small SVG line with failed hours marked below it. Chosen over a chart library
 * (docs/decisions/0015): one series of at most 48 points needs no 300 kB bundle.
 */
export function Sparkline({ points, height = 80 }: { points: Point[]; height?: number }) {
  const { t } = useTranslation();
  const width = 480;
  if (points.length === 0) return <p>{t('monitoring.noData')}</p>;
  const max = Math.max(1, ...points.map((p) => p.avgResponseMs ?? 0));
  const step = points.length > 1 ? width / (points.length - 1) : width;
  const y = (ms: number) => height - 14 - (ms / max) * (height - 24);
  const line = points
    .map((p, i) =>
      p.avgResponseMs === null ? null : `${(i * step).toFixed(1)},${y(p.avgResponseMs).toFixed(1)}`,
    )
    .filter(Boolean)
    .join(' ');
  const avg = points.filter((p) => p.avgResponseMs !== null);
  const mean = avg.length
    ? Math.round(avg.reduce((s, p) => s + (p.avgResponseMs ?? 0), 0) / avg.length)
    : null;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      role="img"
      aria-label={t('monitoring.chartLabel', { max, mean: mean ?? '–' })}
    >
      <polyline points={line} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
      {points.map((p, i) =>
        p.ok < p.checks ? (
          <rect
            key={p.at}
            x={i * step - 2}
            y={height - 8}
            width={4}
            height={8}
            fill={p.ok === 0 ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-orange-5)'}
          >
            <title>{`${new Date(p.at).toLocaleString()}: ${p.checks - p.ok}/${p.checks}`}</title>
          </rect>
        ) : null,
      )}
      <text x={4} y={12} fontSize={11} fill="currentColor">
        {`${max} ms`}
      </text>
    </svg>
  );
}
