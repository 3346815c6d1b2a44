import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface BucketChartProps {
  labels: string[];
  values: (number | null)[];
  name: string;
}

/** A bar per bucket of a one-dimension result; suppressed buckets stay empty. */
export default function BucketChart({ labels, values, name }: BucketChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 48 },
      xAxis: {
        type: 'category',
        data: labels,
        axisLabel: { interval: 0, rotate: labels.length > 8 ? 30 : 0 },
      },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', name, data: values, itemStyle: { color: '#1677ff' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, values, name]);
  return <div ref={element} style={{ width: '100%', height: 320 }} data-testid="bucket-chart" />;
}
