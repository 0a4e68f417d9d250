// Draws a cluster's network by year from the JSON the page carries: linkages active and new, joint actions as bars,
// density as a line on its own axis.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('network-chart-data');
  if (!window.echarts || !holder) {
    return;
  }
  var data = JSON.parse(holder.dataset.chart);
  var names = holder.dataset;
  echarts.init(document.getElementById('network-chart')).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.years },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 1 }],
    series: [
      { name: names.active, type: 'bar', data: data.active, itemStyle: { color: '#0b4f6c' } },
      { name: names.fresh, type: 'bar', data: data.fresh, itemStyle: { color: '#01baef' } },
      { name: names.joint, type: 'bar', data: data.joint, itemStyle: { color: '#b34700' } },
      { name: names.density, type: 'line', yAxisIndex: 1, data: data.density, itemStyle: { color: '#20a39e' } }
    ]
  });
  holder.dataset.ready = 'true';
});
