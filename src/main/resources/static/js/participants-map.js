// Draws the participants on an offline base map: country outlines shipped with the platform,
// coloured by the standing the claims give each participant. No tile is fetched from the internet.
(function () {
  const element = document.getElementById('map');
  const colours = {
    MEMBER: '#1f5fa8', DISPUTED: '#c98a00', PARTNER: '#6b8e23', SUPPORTED_STATE: '#ffd500',
    NOT_MEMBER: '#b0413e', UNCLAIMED: '#d9d9d9'
  };
  const map = L.map(element, { worldCopyJump: true, attributionControl: true }).setView([50, 12], 4);
  map.attributionControl.addAttribution('Natural Earth');

  Promise.all([
    fetch(element.dataset.base).then(r => r.json()),
    fetch(element.dataset.participants, { headers: { Accept: 'application/json' } }).then(r => r.json())
  ]).then(([countries, profiles]) => {
    const byNumeric = new Map(profiles.filter(p => p.participant.isoNumeric).map(p => [p.participant.isoNumeric, p]));
    let drawn = 0;
    L.geoJSON(countries, {
      style: feature => {
        const profile = byNumeric.get(String(feature.id).padStart(3, '0'));
        return {
          color: '#666', weight: 0.5, fillOpacity: profile ? 0.75 : 0.25,
          fillColor: profile ? colours[profile.standing] : '#f2f2f2'
        };
      },
      onEachFeature: (feature, layer) => {
        const profile = byNumeric.get(String(feature.id).padStart(3, '0'));
        if (profile) {
          drawn++;
          const name = document.documentElement.lang === 'fr' ? profile.participant.nameFr : profile.participant.nameEn;
          layer.bindTooltip(name + ' — ' + profile.standing);
          layer.on('click', () => { window.location.href = 'participants/' + profile.participant.code; });
        }
      }
    }).addTo(map);
    element.dataset.participantsDrawn = String(drawn);
    element.dataset.state = 'drawn';
  }).catch(error => {
    element.dataset.state = 'failed';
    element.textContent = String(error);
  });
})();
