// The live ceasefire map: an offline base map (country outlines shipped with the platform), the line of contact by
// sector, the withdrawal and buffer zones and the Multinational Force hubs, then the incidents the reader may see,
// kept up to date by server-sent events. Filters refetch; live changes are filtered here the same way.
(function () {
  const element = document.getElementById('incident-map');
  const form = document.getElementById('map-filters');
  const labels = JSON.parse(element.dataset.labels);
  const countElement = document.getElementById('incident-count');
  const liveElement = document.getElementById('live-state');
  const truncatedElement = document.getElementById('map-truncated');
  const latestBody = document.querySelector('#latest-incidents tbody');
  const exportLinks = [document.getElementById('export-csv'), document.getElementById('export-geojson')];
  const exportBases = exportLinks.map(link => link.getAttribute('href'));
  const LIMIT = 2000;
  const LATEST_ROWS = 50;

  const map = L.map(element, { attributionControl: true }).setView([48.3, 36.5], 6);
  map.attributionControl.addAttribution('Natural Earth; synthetic line of contact');
  map.createPane('base').style.zIndex = 250;
  map.createPane('zones').style.zIndex = 350;
  const incidentLayer = L.layerGroup().addTo(map);
  const markers = new Map();
  let filter = currentFilter();
  let generation = 0;

  function node(tag, text, className) {
    const created = document.createElement(tag);
    if (text !== undefined && text !== null) created.textContent = String(text);
    if (className) created.className = className;
    return created;
  }

  function currentFilter() {
    const data = new FormData(form);
    const period = data.get('period');
    let from;
    let to = null;
    if (period === 'day') {
      from = new Date((data.get('day') || new Date().toISOString().slice(0, 10)) + 'T00:00:00Z');
      to = new Date(from.getTime() + 86400000);
    } else {
      from = new Date(Date.now() - parseInt(period, 10) * 3600000);
    }
    return { from: from, to: to, category: data.get('category'), oblast: data.get('oblast'), status: data.get('status') };
  }

  function parameters(chosen) {
    const query = new URLSearchParams();
    query.set('from', chosen.from.toISOString());
    if (chosen.to) query.set('to', chosen.to.toISOString());
    ['category', 'oblast', 'status'].forEach(key => { if (chosen[key]) query.set(key, chosen[key]); });
    return query;
  }

  function matches(incident) {
    const observed = Date.parse(incident.firstObserved);
    return observed >= filter.from.getTime() && (!filter.to || observed < filter.to.getTime())
      && (!filter.category || incident.category === filter.category)
      && (!filter.oblast || incident.oblast === filter.oblast)
      && (!filter.status || incident.status === filter.status);
  }

  function icon(incident) {
    return L.divIcon({
      className: 'incident-marker', iconSize: [18, 18], iconAnchor: [9, 9],
      html: '<span class="incident-symbol category-' + incident.category + ' status-' + incident.status + '"></span>'
    });
  }

  function summary(incident) {
    return labels.categories[incident.category] + ' · ' + labels.statuses[incident.status] + ' · '
      + incident.firstObserved.replace('T', ' ').slice(0, 19) + ' UTC · ' + incident.reportCount + ' ' + labels.words.reports + ', '
      + incident.independentSources + ' ' + labels.words.sources;
  }

  function upsert(incident) {
    if (!matches(incident)) {
      remove(incident.id);
      return;
    }
    const known = markers.get(incident.id);
    if (known) {
      known.incident = incident;
      known.marker.setLatLng([incident.lat, incident.lon]);
      known.marker.setIcon(icon(incident));
      known.marker.setTooltipContent(summary(incident));
      return;
    }
    const marker = L.marker([incident.lat, incident.lon], { icon: icon(incident), keyboard: false });
    marker.bindTooltip(summary(incident));
    marker.bindPopup(() => details(markers.get(incident.id).incident), { maxWidth: 420 });
    marker.addTo(incidentLayer);
    markers.set(incident.id, { marker: marker, incident: incident });
  }

  function remove(id) {
    const known = markers.get(id);
    if (known) {
      incidentLayer.removeLayer(known.marker);
      markers.delete(id);
    }
  }

  // The popup: the incident at once, its reports when the reader's role releases them.
  function details(incident) {
    const box = node('div', null, 'incident-popup');
    box.appendChild(node('h3', labels.categories[incident.category] + ' · ' + labels.statuses[incident.status]));
    box.appendChild(node('div', incident.firstObserved.replace('T', ' ').slice(0, 19) + ' UTC · ' + incident.oblast + ' · '
      + labels.words.sector + ' S' + String(incident.sector).padStart(2, '0') + ' · ' + incident.distanceKm.toFixed(1) + ' ' + labels.words.distance));
    box.appendChild(node('div', incident.reportCount + ' ' + labels.words.reports + ', ' + incident.independentSources + ' ' + labels.words.sources));
    fetch(element.dataset.incidents + '/' + encodeURIComponent(incident.id), { headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : null)
      .then(detail => {
        if (!detail || !detail.reports) return;
        box.appendChild(node('strong', labels.words.reportsOf));
        const list = node('ul');
        detail.reports.forEach(report => {
          const item = node('li', report.observedAt.replace('T', ' ').slice(0, 19) + ' · ' + report.sourceType + ' · '
            + (report.sourceId || ('#' + report.sourceRef + ' (' + labels.words.withheld + ')')) + ' · ' + labels.categories[report.category]
            + ' · S' + String(report.sector).padStart(2, '0') + ' · ' + report.distanceKm.toFixed(1) + ' ' + labels.words.distance);
          if (report.text) item.appendChild(node('div', report.text, 'text'));
          list.appendChild(item);
        });
        box.appendChild(list);
      });
    return box;
  }

  function refreshSummary() {
    countElement.textContent = String(markers.size);
    element.dataset.incidentCount = String(markers.size);
    const newest = Array.from(markers.values()).map(known => known.incident)
      .sort((a, b) => b.firstObserved.localeCompare(a.firstObserved)).slice(0, LATEST_ROWS);
    latestBody.replaceChildren(...newest.map(incident => {
      const row = node('tr');
      row.dataset.id = incident.id;
      row.appendChild(node('td', incident.firstObserved.replace('T', ' ').slice(0, 19)));
      const category = node('td');
      category.appendChild(node('span', null, 'incident-symbol category-' + incident.category + ' status-' + incident.status));
      category.appendChild(document.createTextNode(' ' + labels.categories[incident.category]));
      row.appendChild(category);
      row.appendChild(node('td', labels.statuses[incident.status]));
      row.appendChild(node('td', incident.oblast));
      row.appendChild(node('td', 'S' + String(incident.sector).padStart(2, '0')));
      row.appendChild(node('td', incident.distanceKm.toFixed(1)));
      row.appendChild(node('td', incident.reportCount));
      row.appendChild(node('td', incident.independentSources));
      row.addEventListener('click', () => {
        map.panTo([incident.lat, incident.lon]);
        markers.get(incident.id)?.marker.openPopup();
      });
      return row;
    }));
  }

  function load() {
    filter = currentFilter();
    const query = parameters(filter);
    exportLinks.forEach((link, i) => link.setAttribute('href', exportBases[i] + '?' + query));
    const mine = ++generation;
    element.dataset.state = 'loading';
    return fetch(element.dataset.incidents + '?' + query + '&limit=' + LIMIT, { headers: { Accept: 'application/json' } })
      .then(response => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json().then(incidents => ({ incidents: incidents, matching: Number(response.headers.get('X-Total-Count')) }));
      })
      .then(({ incidents, matching }) => {
        if (mine !== generation) return;
        incidentLayer.clearLayers();
        markers.clear();
        incidents.forEach(upsert);
        showTruncation(incidents.length, matching);
        refreshSummary();
        element.dataset.state = 'ready';
      })
      .catch(error => { element.dataset.state = 'failed'; element.dataset.error = String(error); });
  }

  // The map holds the newest LIMIT incidents: say so when more match, so that nobody takes the map for the whole count.
  function showTruncation(shown, matching) {
    truncatedElement.hidden = !(matching > shown);
    const locale = document.documentElement.lang || undefined;
    truncatedElement.textContent = labels.words.truncated.replace('{shown}', shown.toLocaleString(locale))
      .replace('{matching}', matching.toLocaleString(locale));
    element.dataset.matching = String(matching);
  }

  function setLive(state) {
    element.dataset.live = state;
    liveElement.textContent = labels.words['live.' + state];
  }

  function connect() {
    let connectedBefore = false;
    const source = new EventSource(element.dataset.liveUrl);
    source.addEventListener('ready', () => {
      if (connectedBefore) load();
      connectedBefore = true;
      setLive('open');
    });
    source.addEventListener('incidents', event => {
      const changes = JSON.parse(event.data);
      changes.removed.forEach(remove);
      changes.upserts.forEach(upsert);
      refreshSummary();
    });
    source.addEventListener('reload', load);
    source.addEventListener('error', () => setLive(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting'));
  }

  function drawContext(countries, layers) {
    L.geoJSON(countries, { pane: 'base', style: { color: '#8a9aa9', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
    const zones = L.geoJSON(layers, {
      pane: 'zones',
      filter: feature => feature.properties.layer.endsWith('-zone'),
      style: feature => feature.properties.layer === 'withdrawal-zone'
        ? { color: '#c62828', weight: 0.8, fillColor: '#c62828', fillOpacity: 0.18 }
        : { color: '#e07b00', weight: 0.6, fillColor: '#e07b00', fillOpacity: 0.10 }
    }).addTo(map);
    L.geoJSON(layers, {
      pane: 'zones',
      filter: feature => feature.properties.layer === 'sector',
      style: feature => ({ color: parseInt(feature.properties.label.slice(1), 10) % 2 ? '#222' : '#7a1f1f', weight: 3 }),
      onEachFeature: (feature, layer) => layer.bindTooltip(labels.words.sector + ' ' + feature.properties.label, { sticky: true })
    }).addTo(map);
    L.geoJSON(layers, {
      filter: feature => feature.properties.layer === 'hub',
      pointToLayer: (feature, latlng) => L.marker(latlng, {
        icon: L.divIcon({ className: 'incident-marker', html: '<span class="hub-symbol"></span>', iconSize: [14, 14] })
      }).bindTooltip(feature.properties.name)
    }).addTo(map);
    map.fitBounds(zones.getBounds(), { padding: [10, 10] });
  }

  form.addEventListener('change', load);
  Promise.all([
    fetch(element.dataset.base).then(response => response.json()),
    fetch(element.dataset.layers).then(response => response.json())
  ]).then(([countries, layers]) => drawContext(countries, layers))
    .catch(error => { element.dataset.context = 'failed: ' + error; })
    .then(load)
    .then(connect);
})();
