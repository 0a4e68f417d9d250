// Draws the dashboard's charts from the JSON the page carries: actual against target by row, and by quarter.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('dashboard-chart-data');
  if (!window.echarts || !holder) {
    return;
  }
  var data = JSON.parse(holder.dataset.chart);
  var names = holder.dataset;
  echarts.init(document.getElementById('chart-rows')).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 160, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: data.labels, inverse: true },
    series: [
      { name: names.actual, type: 'bar', data: data.actual, itemStyle: { color: '#0b4f6c' } },
      { name: names.target, type: 'bar', data: data.target, itemStyle: { color: '#b34700' } }
    ]
  });
  echarts.init(document.getElementById('chart-periods')).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: data.periods },
    yAxis: { type: 'value' },
    series: [
      { name: names.actual, type: 'line', data: data.periodActual, itemStyle: { color: '#0b4f6c' } },
      { name: names.target, type: 'line', data: data.periodTarget, itemStyle: { color: '#b34700' } }
    ]
  });
  holder.dataset.ready = 'true';
});
