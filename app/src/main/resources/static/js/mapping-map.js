// A mapping run's candidates on the state outlines: registered ones in blue, new ones in orange, each drawn
// with its extent, linking to its row in the table.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('mapping-map');
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { zoomSnap: 0.25, minZoom: 3, maxZoom: 16 }).setView([22.5, 80], 4.25);
  Promise.all([
    fetch(element.dataset.boundaries).then(function (r) { return r.json(); }),
    fetch(element.dataset.points).then(function (r) { return r.json(); })
  ]).then(function (results) {
    L.geoJSON(results[0], { style: { color: '#0b4f6c', weight: 1, fillOpacity: 0.05 } }).addTo(map);
    var bounds = [];
    results[1].forEach(function (candidate) {
      var registered = candidate.comparison === 'REGISTERED';
      var colour = registered ? '#0b4f6c' : '#b34700';
      var at = [candidate.latitude, candidate.longitude];
      L.circle(at, { radius: Math.max(500, candidate.extentKm * 1000), color: colour, weight: 1, fillOpacity: 0.2 }).addTo(map);
      var marker = L.circleMarker(at, { radius: Math.max(5, Math.min(14, Math.sqrt(candidate.units))), color: colour, fillOpacity: 0.8 });
      var label = document.createElement('span');
      label.textContent = 'NIC ' + candidate.group + ': ' + candidate.units + ' (' +
        (registered ? element.dataset.registered : element.dataset['new']) + ')';
      marker.bindTooltip(label);
      marker.on('click', function () { window.location.hash = 'candidate-' + candidate.id; });
      marker.addTo(map);
      bounds.push(at);
    });
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10 });
    }
    element.dataset.ready = 'true';
  });
});
