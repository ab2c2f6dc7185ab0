// The copy button beside the feed link: shown only where the browser can copy, and it says when it has.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-copy-target]').forEach(function (button) {
    var input = document.getElementById(button.dataset.copyTarget);
    var status = document.getElementById('copy-status');
    if (!input || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    input.addEventListener('focus', function () { input.select(); });
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(input.value).then(function () {
        if (status) {
          status.textContent = button.dataset.copied;
        }
      });
    });
  });
});
