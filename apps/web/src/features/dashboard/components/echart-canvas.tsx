import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartProps } from './chart.tsx';

// Only the chart kinds and parts the dashboards draw (tree-shaken). The canvas renderer, drawn at
// twice the pixel density so the print layout stays sharp: the SVG renderer writes inline style
// attributes, which the app's Content-Security-Policy refuses (decision 0024).
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** One ECharts instance bound to a div; resized with its box; a click reports the data index. */
export default function EChartCanvas({ option, height, onItemClick, label }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, {
      renderer: 'canvas',
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
    });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { dataIndex?: number; seriesIndex?: number };
      if (typeof p.dataIndex === 'number') click.current?.(p.dataIndex, p.seriesIndex ?? 0);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Tooltips drawn inside the chart: the HTML tooltip writes inline styles (refused by the CSP).
    const tooltip = option.tooltip ? { ...(option.tooltip as object), renderMode: 'richText' } : undefined;
    chart.current?.setOption(
      { ...option, ...(tooltip ? { tooltip } : {}) } as echarts.EChartsCoreOption,
      true,
    );
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
