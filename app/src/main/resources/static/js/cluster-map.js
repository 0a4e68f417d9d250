// The home page map: approximate (or uploaded official) state outlines, clusters as circles sized by
// enterprises. Works offline: no tile server is needed.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('cluster-map');
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { zoomSnap: 0.25, attributionControl: true }).setView([22.5, 80], 4.25);
  map.attributionControl.addAttribution(element.dataset.approximate);
  fetch(element.dataset.boundaries).then(function (r) { return r.json(); }).then(function (states) {
    L.geoJSON(states, { style: { color: '#0b4f6c', weight: 1, fillColor: '#e8f1f5', fillOpacity: 0.6 } }).addTo(map);
    return fetch(element.dataset.clusters);
  }).then(function (r) { return r.json(); }).then(function (clusters) {
    L.geoJSON(clusters, {
      pointToLayer: function (feature, latlng) {
        var size = feature.properties.enterprises || 50;
        return L.circleMarker(latlng, {
          radius: Math.max(4, Math.min(16, Math.sqrt(size) / 2)),
          color: '#b34700', weight: 1, fillOpacity: 0.7
        });
      },
      onEachFeature: function (feature, layer) {
        var label = document.createElement('span');
        label.textContent = feature.properties.name;
        layer.bindTooltip(label);
      }
    }).addTo(map);
  });
});
