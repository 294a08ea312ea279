// Phone check-in (ATT-8). No inline script: the page's CSP forbids it.
// One press = one check-in with a fresh idempotency key. The key and the exact payload are kept in
// sessionStorage until the server answers, so that a retry after a lost connection sends the same
// request again and the server stores it once (SEC-9).
(function () {
  'use strict';
  var button = document.getElementById('checkin-button');
  if (!button) {
    return;
  }
  var STORE = 'zhucun.checkin.pending';
  var result = document.getElementById('checkin-result');
  var retryNote = document.getElementById('checkin-retry-note');

  function show(text, ok) {
    result.className = 'mt-3 alert py-2 ' + (ok === true ? 'alert-success' : ok === false ? 'alert-danger' : 'alert-info');
    result.textContent = text;
  }

  function pending() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORE));
    } catch (e) {
      return null;
    }
  }

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function send(p) {
    show(button.getAttribute('data-sending'));
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json',
      'Idempotency-Key': p.key };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    fetch(button.getAttribute('data-checkin-url'), { method: 'POST', headers: headers, credentials: 'same-origin',
      body: new URLSearchParams(p.body) })
      .then(function (response) {
        if (response.status >= 500) {
          throw new Error('server ' + response.status);
        }
        return response.json();
      })
      .then(function (reply) {
        // the server answered: the key is spent, whatever the answer
        window.sessionStorage.removeItem(STORE);
        retryNote.hidden = true;
        show(reply.message, reply.accepted);
        button.disabled = false;
        if (reply.accepted) {
          window.setTimeout(function () { window.location.reload(); }, 1500);
        }
      })
      .catch(function () {
        retryNote.hidden = false;
        show(button.getAttribute('data-network'), false);
        button.disabled = false;
      });
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    var p = pending();
    if (p) {
      send(p);
      return;
    }
    if (!navigator.geolocation) {
      show(button.getAttribute('data-no-geolocation'), false);
      button.disabled = false;
      return;
    }
    show(button.getAttribute('data-locating'));
    navigator.geolocation.getCurrentPosition(function (position) {
      p = { key: newKey(), body: {
        latitude: String(position.coords.latitude),
        longitude: String(position.coords.longitude),
        accuracyMetres: String(Math.round(position.coords.accuracy)),
        deviceTime: new Date().toISOString() } };
      window.sessionStorage.setItem(STORE, JSON.stringify(p));
      send(p);
    }, function () {
      show(button.getAttribute('data-location-denied'), false);
      button.disabled = false;
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
  });

  if (pending()) {
    retryNote.hidden = false;
  }
})();
