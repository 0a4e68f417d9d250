// The dashboard's map, drawn from the data the page carries (the rows the dashboard already aggregated): states
// shaded by band of the actual, or clusters, interventions and districts as circles sized by the actual and shaded
// by its band. Texts and formatted figures come from the page, so the map reads in the page's language.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('dashboard-map');
  if (!element || !window.L) {
    return;
  }
  var texts = element.dataset;
  var data = JSON.parse(texts.map);
  var palette = ['#d4e6ef', '#9fc6d8', '#5f9fbd', '#2e7597', '#0b4f6c'];
  var noValue = '#c8c8c8';
  var noRow = '#f4f4f4';
  var map = L.map(element, { zoomSnap: 0.25, minZoom: 3, maxZoom: 12 }).setView([22.5, 80], 4.25);
  map.attributionControl.addAttribution(texts.approximate);

  function colour(band) {
    if (band === null || band === undefined) { return noValue; }
    var last = data.bands.length - 1;
    return last <= 0 ? palette[2] : palette[Math.round(band * (palette.length - 1) / last)];
  }

  function tooltip(place) {
    var box = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = place.label;
    box.appendChild(name);
    [[texts.actual, place.actualText || texts.noValue], [texts.target, place.targetText],
      [texts.achievement, place.achievementText], [texts.interventions, String(place.interventions)]]
      .forEach(function (line) {
        if (!line[1]) { return; }
        var row = document.createElement('div');
        row.textContent = line[0] + ': ' + line[1];
        box.appendChild(row);
      });
    return box;
  }

  function follow(place) {
    if (place.drill) {
      window.location.href = texts.dashboard + '?' + place.drill;
    }
  }

  function legend() {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = L.DomUtil.create('div', 'map-legend');
      box.id = 'dashboard-map-legend';
      var title = document.createElement('strong');
      title.textContent = texts.legend;
      box.appendChild(title);
      function entry(fill, text) {
        var row = document.createElement('div');
        var swatch = document.createElement('span');
        swatch.className = 'map-legend-swatch';
        swatch.style.background = fill;
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(text));
        box.appendChild(row);
      }
      data.bands.forEach(function (band, index) {
        entry(colour(index), band.fromText === band.toText ? band.fromText : band.fromText + ' – ' + band.toText);
      });
      entry(noValue, texts.noValue);
      if (data.shape === 'AREAS') { entry(noRow, texts.noData); }
      return box;
    };
    control.addTo(map);
  }

  function drawAreas(states) {
    var byCode = {};
    data.places.forEach(function (place) { byCode[place.key] = place; });
    var drawn = [];
    L.geoJSON(states, {
      style: function (feature) {
        var place = byCode[String(feature.properties.code)];
        return { color: '#0b4f6c', weight: 1, fillOpacity: place ? 0.85 : 0.5, fillColor: place ? colour(place.band) : noRow };
      },
      onEachFeature: function (feature, layer) {
        var place = byCode[String(feature.properties.code)];
        if (!place) { return; }
        place.drawn = true;
        drawn.push(layer);
        layer.on('add', function () { layer.getElement().classList.add('dashboard-map-place'); });
        layer.bindTooltip(tooltip(place), { sticky: true });
        layer.on('click', function () { follow(place); });
      }
    }).addTo(map);
    if (drawn.length) {
      map.fitBounds(L.featureGroup(drawn).getBounds(), { padding: [20, 20], maxZoom: 6 });
    }
    // the shipped outlines draw some union territories inside their neighbours; say which rows are not shaded
    var missing = data.places.filter(function (place) { return !place.drawn; }).map(function (p) { return p.label; });
    if (missing.length) {
      var note = document.getElementById('dashboard-map-missing');
      note.textContent = texts.missingOutline + ' ' + missing.join(', ');
      note.hidden = false;
    }
    return drawn.length;
  }

  function drawPoints(states) {
    L.geoJSON(states, { interactive: false, style: { color: '#0b4f6c', weight: 1, fillColor: '#eef4f7', fillOpacity: 0.6 } })
      .addTo(map);
    var largest = Math.max.apply(null, [0].concat(data.places.map(function (p) { return Math.abs(p.actual || 0); })));
    var circles = data.places.map(function (place) {
      var share = largest > 0 && place.actual != null ? Math.sqrt(Math.abs(place.actual) / largest) : 0;
      var circle = L.circleMarker([place.latitude, place.longitude], {
        radius: 5 + 13 * share, color: '#333', weight: 1, fillOpacity: 0.85, fillColor: colour(place.band)
      });
      circle.bindTooltip(tooltip(place));
      circle.on('click', function () { follow(place); });
      return circle.addTo(map);
    });
    if (circles.length) {
      map.fitBounds(L.featureGroup(circles).getBounds(), { padding: [40, 40], maxZoom: 7 });
    }
    return circles.length;
  }

  fetch(texts.boundaries).then(function (r) { return r.json(); }).then(function (states) {
    var drawn = data.shape === 'AREAS' ? drawAreas(states) : drawPoints(states);
    legend();
    element.dataset.drawn = String(drawn);
    element.dataset.ready = 'true';
  });
});
