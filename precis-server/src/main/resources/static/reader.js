// Precis reader: opens the summary in place and changes its length without reloading the page.
// Without this script the same controls are plain links and forms to /articles/{id}/summary.
// Everything from the server is inserted with textContent, never as markup.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    var button = document.getElementById('summary-button');
    var section = document.getElementById('summary');
    var form = document.getElementById('summary-length');
    var select = document.getElementById('summary-sentences-select');
    var list = document.getElementById('summary-sentences');
    var close = document.getElementById('summary-close');
    if (!button || !section || !select || !list) { return; }
    var articleId = button.getAttribute('data-article');
    document.documentElement.classList.add('js');
    var pending = null;

    function fallback(n) {
      window.location.href = '/articles/' + articleId + '/summary?sentences=' + n + '#summary';
    }

    function load(n) {
      if (pending) { pending.abort(); }
      pending = new AbortController();
      section.setAttribute('aria-busy', 'true');
      fetch('/api/articles/' + encodeURIComponent(articleId) + '/summary?sentences=' + n, {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin',
        signal: pending.signal
      }).then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      }).then(function (body) {
        var items = (body && body.sentences) || [];
        list.replaceChildren();
        items.forEach(function (s) {
          var li = document.createElement('li');
          li.textContent = s.text;
          list.appendChild(li);
        });
        list.setAttribute('data-sentences', String(items.length));
        section.hidden = false;
        section.removeAttribute('aria-busy');
        button.setAttribute('aria-expanded', 'true');
        if (window.history && history.replaceState) {
          history.replaceState(null, '', '/articles/' + articleId + '/summary?sentences=' + n);
        }
      }).catch(function (e) {
        if (e && e.name === 'AbortError') { return; }
        fallback(n);
      });
    }

    button.setAttribute('aria-controls', 'summary');
    button.setAttribute('aria-expanded', section.hidden ? 'false' : 'true');
    button.addEventListener('click', function (ev) {
      ev.preventDefault();
      load(select.value);
      section.scrollIntoView({ block: 'nearest' });
    });
    select.addEventListener('change', function () { load(select.value); });
    if (form) {
      form.addEventListener('submit', function (ev) { ev.preventDefault(); load(select.value); });
    }
    if (close) {
      close.addEventListener('click', function (ev) {
        ev.preventDefault();
        section.hidden = true;
        button.setAttribute('aria-expanded', 'false');
        if (window.history && history.replaceState) { history.replaceState(null, '', '/articles/' + articleId); }
      });
    }
  });
}());
