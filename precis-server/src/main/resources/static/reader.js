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

    var body = document.getElementById('article-body');

    // Summary sentences are ranges into the article text; each body paragraph carries its start offset
    // (data-start) and its text nodes spell the paragraph exactly, so a range maps onto text nodes.
    function clearMarks() {
      if (!body) { return; }
      body.querySelectorAll('mark.in-summary').forEach(function (m) {
        var parent = m.parentNode;
        while (m.firstChild) { parent.insertBefore(m.firstChild, m); }
        parent.removeChild(m);
      });
      body.normalize();
    }

    function markRange(start, end, index) {
      if (!body) { return; }
      body.querySelectorAll('p[data-start]').forEach(function (p) {
        var pos = Number(p.getAttribute('data-start'));
        var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        var pieces = [];
        var node;
        while ((node = walker.nextNode())) {
          var len = node.data.length;
          var s = Math.max(start, pos);
          var e = Math.min(end, pos + len);
          if (s < e) { pieces.push([node, s - pos, e - pos]); }
          pos += len;
        }
        pieces.forEach(function (piece) {
          var range = document.createRange();
          range.setStart(piece[0], piece[1]);
          range.setEnd(piece[0], piece[2]);
          var mark = document.createElement('mark');
          mark.className = 'in-summary';
          mark.setAttribute('data-sentence', String(index));
          range.surroundContents(mark);
        });
      });
    }

    // Where the source left out a space ("Party,said") the body shows one as an empty span.space after the
    // character before it, the text nodes staying the stored text. The summary line shows the same: the API's
    // text is that stored text from start to end, so a space goes in at each such offset inside the sentence.
    var spaceOffsets = null;
    function shownText(s) {
      if (!body || typeof s.start !== 'number') { return s.text; }
      if (spaceOffsets === null) {
        spaceOffsets = [];
        body.querySelectorAll('p[data-start]').forEach(function (p) {
          var pos = Number(p.getAttribute('data-start'));
          var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
          var node;
          while ((node = walker.nextNode())) {
            if (node.nodeType === Node.TEXT_NODE) { pos += node.data.length; }
            else if (node.classList.contains('space')) { spaceOffsets.push(pos); }
          }
        });
      }
      var out = '';
      var from = 0;
      spaceOffsets.forEach(function (at) {
        if (at > s.start && at < s.end) { out += s.text.slice(from, at - s.start) + ' '; from = at - s.start; }
      });
      return out + s.text.slice(from);
    }

    // A line cut from a quotation that runs over several sentences holds half of it ('Okafor said: "The pier
    // is safe.'): shown alone, the missing closing mark goes in at its end, the missing opening one at its start
    // (after a leading ellipsis), as the server's ShownQuotes does for every other summary line. Double marks only
    // (single ones are apostrophes too); a straight mark opens after a space, a bracket or a dash, else closes.
    var JAVA_SPACE = /[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/;
    function paired(s) {
      var open = [];
      var missingOpen = '';
      for (var i = 0; i < s.length; i++) {
        var c = s.charAt(i);
        var kind;
        var opens;
        if (c === '\u201C' || c === '\u201D') {
          kind = '\u201C';
          opens = c === '\u201C';
        } else if (c === '"') {
          kind = '"';
          opens = i === 0 || JAVA_SPACE.test(s.charAt(i - 1)) || '([{\u2014\u2013-/:'.indexOf(s.charAt(i - 1)) >= 0;
        } else {
          continue;
        }
        if (opens) { open.push(kind); }
        else if (open.length && open[open.length - 1] === kind) { open.pop(); }
        else if (!open.length) { missingOpen = kind + missingOpen; }
      }
      var closing = '';
      for (var j = open.length - 1; j >= 0; j--) { closing += open[j] === '\u201C' ? '\u201D' : '"'; }
      if (missingOpen) {
        s = s.indexOf('\u2026 ') === 0 ? '\u2026 ' + missingOpen + s.slice(2) : missingOpen + s;
      }
      return s + closing;
    }

    // A length as the page's address gives it ("75-words", "3-sentences") and as the API takes it.
    function apiQuery(length) {
      var m = /^(\d+)-(words|sentences)$/.exec(length);
      return m ? m[2] + '=' + m[1] : 'words=75';
    }

    function fallback(n) {
      window.location.href = '/articles/' + articleId + '/summary?length=' + encodeURIComponent(n) + '#summary';
    }

    function load(n) {
      if (pending) { pending.abort(); }
      pending = new AbortController();
      section.setAttribute('aria-busy', 'true');
      fetch('/api/articles/' + encodeURIComponent(articleId) + '/summary?' + apiQuery(n), {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin',
        signal: pending.signal
      }).then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      }).then(function (data) {
        var items = (data && data.sentences) || [];
        list.replaceChildren();
        clearMarks();
        items.forEach(function (s, i) {
          var li = document.createElement('li');
          li.dir = 'auto';
          li.textContent = paired(shownText(s));
          li.title = 'Show in the article';
          li.addEventListener('click', function () {
            var first = body && body.querySelector('mark.in-summary[data-sentence="' + i + '"]');
            if (first) { first.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
          });
          list.appendChild(li);
          if (typeof s.start === 'number' && typeof s.end === 'number') { markRange(s.start, s.end, i); }
        });
        list.setAttribute('data-sentences', String(items.length));
        section.hidden = false;
        section.removeAttribute('aria-busy');
        button.setAttribute('aria-expanded', 'true');
        if (window.history && history.replaceState) {
          history.replaceState(null, '', '/articles/' + articleId + '/summary?length=' + encodeURIComponent(n));
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
        clearMarks();
        button.setAttribute('aria-expanded', 'false');
        if (window.history && history.replaceState) { history.replaceState(null, '', '/articles/' + articleId); }
      });
    }
  });
}());
