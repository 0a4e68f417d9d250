// The profile's map, figures trend and linkage network, drawn from the page's own tables.
document.addEventListener('DOMContentLoaded', function () {
  var mapElement = document.getElementById('profile-map');
  if (mapElement && window.L) {
    var point = [Number(mapElement.dataset.lat), Number(mapElement.dataset.lon)];
    var map = L.map(mapElement).setView(point, 7);
    fetch(mapElement.dataset.boundaries).then(function (r) { return r.json(); }).then(function (states) {
      L.geoJSON(states, { style: { color: '#0b4f6c', weight: 1, fillColor: '#e8f1f5', fillOpacity: 0.6 } }).addTo(map);
      if (mapElement.dataset.boundary) {
        L.geoJSON(JSON.parse(mapElement.dataset.boundary), { style: { color: '#b34700', weight: 2 } }).addTo(map);
      }
      L.circleMarker(point, { radius: 8, color: '#b34700', fillOpacity: 0.8 }).addTo(map);
    });
  }
  if (!window.echarts) {
    return;
  }
  var figures = document.getElementById('figures-table');
  if (figures) {
    var names = Array.from(figures.querySelectorAll('thead th.series')).map(function (th) { return th.textContent; });
    var rows = Array.from(figures.querySelectorAll('tbody tr'));
    var years = rows.map(function (row) { return row.querySelector('.year').textContent; });
    var series = names.map(function (name, index) {
      return {
        name: name, type: 'line', connectNulls: true,
        data: rows.map(function (row) {
          var value = row.querySelectorAll('td.series')[index].dataset.value;
          return value ? Number(value) : null;
        })
      };
    }).filter(function (s) { return s.data.some(function (v) { return v !== null; }); });
    echarts.init(document.getElementById('figures-chart')).setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value' }, series: series
    });
  }
  var graph = document.getElementById('linkage-graph');
  if (graph) {
    var kinds = [];
    var nodes = Array.from(document.querySelectorAll('#stakeholders tr.actor')).map(function (row) {
      if (kinds.indexOf(row.dataset.kind) < 0) { kinds.push(row.dataset.kind); }
      return { id: row.dataset.id, name: row.dataset.name, category: kinds.indexOf(row.dataset.kind), symbolSize: 18 };
    });
    var links = Array.from(document.querySelectorAll('#linkages tr.linkage')).map(function (row) {
      return { source: row.dataset.from, target: row.dataset.to, label: { show: true, formatter: row.dataset.kind, fontSize: 9 } };
    });
    echarts.init(graph).setOption({
      tooltip: {}, legend: { top: 0, type: 'scroll', data: kinds },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, label: { show: true, position: 'right', fontSize: 10 },
        edgeSymbol: ['none', 'arrow'], force: { repulsion: 160, edgeLength: 90 },
        categories: kinds.map(function (k) { return { name: k }; }), data: nodes, links: links
      }]
    });
  }
});
