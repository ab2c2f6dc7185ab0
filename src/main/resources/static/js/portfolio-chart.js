// The obstacles bar chart of the initiatives portfolio. It reads its numbers from the table beside it, so the chart
// and the table cannot disagree, and the page works (as a table) without it.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('obstacles-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var table = document.getElementById(canvas.dataset.table);
  if (!table) {
    return;
  }
  var labels = [];
  var values = [];
  table.querySelectorAll('tbody tr').forEach(function (row) {
    var cell = row.querySelector('[data-count]');
    labels.push(row.querySelector('th').textContent.trim());
    values.push(cell ? Number(cell.dataset.count) : 0);
  });
  var rtl = document.documentElement.dir === 'rtl';
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: canvas.dataset.label, data: values, backgroundColor: '#0d6efd' }] },
    options: {
      indexAxis: 'y',
      responsive: true,
      aspectRatio: 2.5,
      locale: document.documentElement.lang,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, reverse: rtl, ticks: { precision: 0 } }, y: { position: rtl ? 'right' : 'left' } }
    }
  });
});
