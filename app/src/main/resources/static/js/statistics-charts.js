// Draws the statistics charts from the table on the page, so the numbers exist once and stay readable
// without scripts or for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  var rows = Array.from(document.querySelectorAll('#statistics-table tbody tr'));
  var labels = document.getElementById('chart-labels').dataset;
  var typologies = rows.map(function (row) { return row.dataset.typology; });
  function values(selector) {
    return rows.map(function (row) { return Number(row.querySelector(selector).dataset.value || 0); });
  }
  echarts.init(document.getElementById('chart-typology')).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 140, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'log', min: 1 },
    yAxis: { type: 'category', data: typologies },
    series: [
      { name: labels.registry, type: 'bar', data: values('.clusters'), itemStyle: { color: '#0b4f6c' } },
      { name: labels.published, type: 'bar', data: values('.published'), itemStyle: { color: '#b34700' } }
    ]
  });
  var regionNames = Array.from(document.querySelectorAll('#statistics-table thead th.region'))
    .map(function (th) { return th.textContent; });
  echarts.init(document.getElementById('chart-region')).setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: regionNames },
    yAxis: { type: 'value', minInterval: 1 },
    series: rows.map(function (row) {
      return {
        name: row.dataset.typology, type: 'bar', stack: 'regions',
        data: Array.from(row.querySelectorAll('.region-count')).map(function (td) { return Number(td.dataset.value); })
      };
    })
  });
});
