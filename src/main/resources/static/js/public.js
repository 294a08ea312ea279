// CON-1: the public pages' only behaviour: a print button (no inline scripts, SEC-7).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
