// ECharts wrappers. The chart objects stay reachable through echarts.getInstanceByDom(node), which the browser
// tests use to count the points drawn.

const resizers = new Set();
addEventListener('resize', () => resizers.forEach(r => r()));

export function chartLibrary() {
  return globalThis.echarts ?? null;
}

export function makeChart(node) {
  const echarts = chartLibrary();
  if (!echarts) {
    node.textContent = 'Charts are unavailable (the chart library did not load); the table below has every figure.';
    return null;
  }
  const existing = echarts.getInstanceByDom(node);
  if (existing) return existing;
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  resizers.add(() => chart.resize());
  return chart;
}

export const COLOURS = { turnover: '#1f5fae', export: '#2a9d8f', import: '#e76f51', derived: '#8a5cc2', conflict: '#c0392b' };
