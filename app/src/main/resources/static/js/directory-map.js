// The directory map: states shaded by how many of the found clusters they hold, clusters as markers grouped
// when dense. Clicking a state narrows the directory to it, so the list and the map always agree.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('cluster-map');
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { zoomSnap: 0.25, minZoom: 3, maxZoom: 16 }).setView([22.5, 80], 4.25);
  map.attributionControl.addAttribution(element.dataset.approximate);
  var shades = ['#f1f6f9', '#cfe3ec', '#9fc6d8', '#5f9fbd', '#2e7597', '#0b4f6c'];

  function shade(count, max) {
    if (!count) { return shades[0]; }
    return shades[Math.min(shades.length - 1, 1 + Math.floor((count / max) * (shades.length - 2)))];
  }

  function narrowTo(stateCode) {
    var params = new URLSearchParams(element.dataset.query);
    params.set('state', stateCode);
    params.delete('district');
    params.delete('page');
    window.location.href = element.dataset.directory + '?' + params.toString();
  }

  Promise.all([
    fetch(element.dataset.boundaries).then(function (r) { return r.json(); }),
    fetch(element.dataset.points).then(function (r) { return r.json(); })
  ]).then(function (results) {
    var states = results[0];
    var data = results[1];
    var counts = data.byState || {};
    var max = Math.max.apply(null, [1].concat(Object.values(counts)));
    L.geoJSON(states, {
      style: function (feature) {
        return { color: '#0b4f6c', weight: 1, fillOpacity: 0.7, fillColor: shade(counts[feature.properties.code], max) };
      },
      onEachFeature: function (feature, layer) {
        var label = document.createElement('span');
        label.textContent = feature.properties.name + ': ' + (counts[feature.properties.code] || 0);
        layer.bindTooltip(label, { sticky: true });
        layer.on('click', function () { narrowTo(feature.properties.code); });
      }
    }).addTo(map);
    var markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    data.clusters.forEach(function (cluster) {
      var marker = L.circleMarker([cluster.latitude, cluster.longitude], {
        radius: Math.max(4, Math.min(14, Math.sqrt(cluster.enterprises || 25) / 2)),
        color: '#b34700', weight: 1, fillOpacity: 0.8
      });
      var name = document.createElement('span');
      name.textContent = cluster.name;
      marker.bindTooltip(name);
      marker.on('click', function () { window.location.href = element.dataset.directory + '/' + cluster.id; });
      markers.addLayer(marker);
    });
    map.addLayer(markers);
    element.dataset.ready = 'true';
  });
});
