// Counts down to the consultation deadline the server rendered (epoch milliseconds in data-deadline).
(function () {
  var element = document.getElementById('consultation-countdown');
  if (!element) {
    return;
  }
  var deadline = Number(element.getAttribute('data-deadline'));
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function tick() {
    var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
    var hours = Math.floor(left / 3600);
    var minutes = Math.floor((left % 3600) / 60);
    element.textContent = hours + ' h ' + pad(minutes) + ' min ' + pad(left % 60) + ' s';
  }
  tick();
  setInterval(tick, 1000);
})();
