// Stacked bars of incidents per day, one colour per sector of the line, from the histogram the page was built with.
(function () {
  const canvas = document.getElementById('histogram-chart');
  const histogram = JSON.parse(canvas.dataset.histogram);
  const palette = ['#1f5fa8', '#e07b00', '#6b8e23', '#c62828', '#7b4fa0', '#00838f', '#8d6e63', '#d81b60', '#546e7a', '#f9a825', '#2e7d32',
    '#5c6bc0'];
  const datasets = histogram.sectors.map((sector, s) => ({
    label: sector,
    data: histogram.counts.map(day => day[s]),
    backgroundColor: palette[s % palette.length],
    stack: 'sectors'
  }));
  new Chart(canvas, {
    type: 'bar',
    data: { labels: histogram.days, datasets: datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'right' } }
    }
  });
  canvas.dataset.state = 'drawn';
})();
