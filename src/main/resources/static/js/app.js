// Zhucun page behaviour. No inline scripts anywhere (a Content-Security-Policy will forbid them).
// Every htmx request carries the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
// Buttons that ask before acting: <button data-confirm="...">
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopPropagation();
  }
}, true);
// Tree: expand loads a node's children with htmx, collapse empties them again.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('.node-toggle[data-children-url]');
  if (!toggle) {
    return;
  }
  var target = document.querySelector(toggle.getAttribute('data-target'));
  if (!target) {
    return;
  }
  if (toggle.getAttribute('aria-expanded') === 'true') {
    target.innerHTML = '';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = '+';
  } else {
    htmx.ajax('GET', toggle.getAttribute('data-children-url'), {target: target, swap: 'outerHTML'});
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = '−';
  }
});
