// The knowledge map's coverage chart: needs per unit stacked by status. It reads its numbers from the table beside
// it, so the chart and the table cannot disagree, and the page works (as a table) without it.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var table = document.getElementById(canvas.dataset.table);
  if (!table) {
    return;
  }
  var series = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  var labels = rows.map(function (row) {
    return row.querySelector('th').textContent.trim();
  });
  var datasets = series.map(function (th, i) {
    return {
      label: th.textContent.trim(),
      backgroundColor: th.dataset.color,
      data: rows.map(function (row) {
        var cell = row.querySelectorAll('td[data-value]')[i];
        return cell ? Number(cell.dataset.value) : 0;
      })
    };
  });
  var rtl = document.documentElement.dir === 'rtl';
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: datasets },
    options: {
      indexAxis: 'y',
      responsive: true,
      aspectRatio: Math.max(1.2, 4 - rows.length * 0.25),
      locale: document.documentElement.lang,
      plugins: { legend: { position: 'bottom', rtl: rtl } },
      scales: {
        x: { stacked: true, beginAtZero: true, reverse: rtl, ticks: { precision: 0 } },
        y: { stacked: true, position: rtl ? 'right' : 'left' }
      }
    }
  });
});
