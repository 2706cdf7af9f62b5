/* The search page: loads this language's prebuilt lunr index and documents
   (only here, never on advice pages), searches as the reader types, marks the
   matched words, announces the count in a live region, and falls back to the
   English index when nothing matches in the reader's language. Without
   JavaScript the page shows its A–Z list of topics. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!form || !input || !status || !results || !window.lunr || !window.threestepsSearchText) return;

  var text = window.threestepsSearchText;
  var lang = form.getAttribute('data-lang');
  var defaultLang = form.getAttribute('data-default-lang');
  var loaded = {};
  var timer = null;
  var lastQuery = null;

  function message(name, count) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{count}', String(count));
  }

  /* The index and documents of one language, fetched once. */
  function load(code) {
    if (!loaded[code]) {
      var get = function (file) {
        return fetch('/' + code + '/' + file, { credentials: 'same-origin' }).then(function (res) {
          if (!res.ok) throw new Error(file + ': ' + res.status);
          return res.json();
        });
      };
      loaded[code] = Promise.all([get('search-index.json'), get('search-docs.json')]).then(function (parts) {
        return { index: window.lunr.Index.load(parts[0]), docs: parts[1], pipeline: text.pipeline(code) };
      });
    }
    return loaded[code];
  }

  /* Runs the query through the same pipeline as the index; the last word, while
     still being typed, also matches as a prefix. */
  function search(data, query) {
    var tokens = data.pipeline.tokens(query);
    if (tokens.length === 0) return [];
    var typing = !/\s$/.test(query);
    return data.index.query(function (q) {
      tokens.forEach(function (token, i) {
        q.term(token.term, { boost: 10 });
        if (typing && i === tokens.length - 1) {
          q.term(token.term, { boost: 2, wildcard: window.lunr.Query.wildcard.TRAILING });
          var plain = text.fold(token.word);
          if (plain !== token.term) q.term(plain, { boost: 1, wildcard: window.lunr.Query.wildcard.TRAILING });
        }
      });
    });
  }

  /* Appends `value` to `parent`, with the words whose terms matched in <mark>. */
  function marked(parent, value, pipeline, matched) {
    var re = new RegExp(text.WORD + '+(?:' + text.JOINER + '+' + text.WORD + '+)*', 'gu');
    var last = 0;
    var m;
    while ((m = re.exec(value)) !== null) {
      var hit = text.words(text.normalise(m[0])).some(function (w) { return matched[pipeline.term(w)]; });
      if (!hit) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(value.slice(last, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    if (last < value.length) parent.appendChild(document.createTextNode(value.slice(last)));
  }

  function list(data, found, code) {
    var ol = document.createElement('ol');
    ol.className = 'search-results';
    if (code !== lang) ol.setAttribute('lang', code);
    found.slice(0, 20).forEach(function (result) {
      var doc = data.docs[result.ref];
      if (!doc) return;
      var matched = {};
      Object.keys(result.matchData.metadata).forEach(function (term) { matched[term] = true; });
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc.url;
      marked(a, doc.title, data.pipeline, matched);
      li.appendChild(a);
      if (doc.section) {
        var section = document.createElement('span');
        section.className = 'result-section';
        section.textContent = doc.section;
        li.appendChild(section);
      }
      if (doc.snippet) {
        var p = document.createElement('p');
        p.className = 'result-snippet';
        marked(p, doc.snippet, data.pipeline, matched);
        li.appendChild(p);
      }
      ol.appendChild(li);
    });
    return ol;
  }

  function show(query) {
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.trim() === '') {
      results.textContent = '';
      status.textContent = '';
      return;
    }
    load(lang)
      .then(function (data) {
        var found = search(data, query);
        if (found.length > 0 || lang === defaultLang) return { data: data, found: found, code: lang };
        return load(defaultLang).then(function (english) {
          return { data: english, found: search(english, query), code: defaultLang };
        });
      })
      .then(function (outcome) {
        if (query !== lastQuery) return;
        results.textContent = '';
        if (outcome.found.length === 0) {
          status.textContent = message('none', 0);
          return;
        }
        if (outcome.code !== lang) {
          var heading = document.createElement('h2');
          heading.textContent = message('english-heading', 0);
          results.appendChild(heading);
          status.textContent = message('english', outcome.found.length);
        } else {
          status.textContent = message('count', outcome.found.length);
        }
        results.appendChild(list(outcome.data, outcome.found, outcome.code));
      })
      .catch(function () {
        status.textContent = message('unavailable', 0);
      });
  }

  function update() {
    var query = input.value;
    var url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.pathname + url.search);
    show(query);
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 200);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    update();
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
  load(lang).catch(function () {});
})();
