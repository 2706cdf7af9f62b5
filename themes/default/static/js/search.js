/* The search page: loads this language's prebuilt lunr index and documents
   (only here, never on advice pages), searches as the reader types (the query
   logic is search-query.js), marks the matched words, announces the count in
   a live region, says when a word was corrected (with a link to search
   exactly what was typed), and falls back to the English index when nothing
   matches in the reader's language; with no result at all it offers the
   closest words. Without JavaScript the page shows its A–Z list of topics. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!form || !input || !status || !results || !window.lunr || !window.threestepsSearchText) return;
  if (!window.threestepsSearchQuery) return;

  var text = window.threestepsSearchText;
  var engine = window.threestepsSearchQuery;
  var lang = form.getAttribute('data-lang');
  var defaultLang = form.getAttribute('data-default-lang');
  var loaded = {};
  var timer = null;
  var lastQuery = null;

  function message(name, count, query) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{count}', String(count)).replace('{query}', query || '');
  }

  function get(code, file) {
    return fetch('/' + code + '/' + file, { credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) throw new Error(file + ': ' + res.status);
      return res.json();
    });
  }

  /* Resolves in a later task, so that long work is split into short tasks. */
  function later(value) {
    return new Promise(function (resolve) { window.setTimeout(function () { resolve(value); }, 0); });
  }

  /* The index, documents and words (for corrections) of one language,
     fetched once; loading the index and reading the words are separate tasks,
     so a keystroke waits for neither. */
  function load(code) {
    if (!loaded[code]) {
      var words = get(code, 'search-words.json');
      loaded[code] = Promise.all([get(code, 'search-index.json'), get(code, 'search-docs.json')]).then(function (parts) {
        var pipeline = text.pipeline(code);
        var index = window.lunr.Index.load(parts[0]);
        var data = { docs: parts[1], pipeline: pipeline, searcher: engine.searcher(window.lunr, text, index, parts[1], pipeline) };
        /* Without its words a language still searches, only without corrections. */
        return words
          .then(later)
          .then(function (list) { data.searcher.setWords(list); }, function () {})
          .then(function () {
            warm(data);
            return later(data);
          });
      });
    }
    return loaded[code];
  }

  /* Works out the terms of the words results show (titles and snippets), ten
     pages a task, so that the first results need not stem them all at once;
     then runs two searches (one with a correction), so that the reader's
     first keystroke does not pay for the browser compiling the search code. */
  function warm(data) {
    var refs = Object.keys(data.docs);
    (function step(from) {
      refs.slice(from, from + 10).forEach(function (ref) {
        var doc = data.docs[ref];
        text.words(text.normalise(doc.title + ' ' + doc.snippet)).forEach(function (w) { termOf(data.pipeline, w); });
      });
      if (from + 10 < refs.length) {
        window.setTimeout(function () { step(from + 10); }, 0);
      } else if (refs.length > 0) {
        var word = text.words(text.normalise(data.docs[refs[0]].title))[0] || '';
        window.setTimeout(function () { data.searcher.search(word + ' ', false); }, 0);
        window.setTimeout(function () { data.searcher.search(word + 'qx ', false); }, 0);
      }
    })(0);
  }

  /* The results of `query` in one language. */
  function searchIn(code, query, exact) {
    return load(code).then(function (data) {
      return { data: data, outcome: data.searcher.search(query, exact), code: code };
    });
  }

  /* A word's term, remembered: results show the same titles again and again. */
  function termOf(pipeline, word) {
    var memo = pipeline.memo || (pipeline.memo = Object.create(null));
    if (!(word in memo)) memo[word] = pipeline.term(word);
    return memo[word];
  }

  /* Appends `value` to `parent`, with the words whose terms matched in <mark>. */
  function marked(parent, value, pipeline, matched) {
    var re = new RegExp(text.WORD + '+(?:' + text.JOINER + '+' + text.WORD + '+)*', 'gu');
    var last = 0;
    var m;
    while ((m = re.exec(value)) !== null) {
      var hit = text.words(text.normalise(m[0])).some(function (w) { return matched[termOf(pipeline, w)]; });
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

  /* A paragraph with a link to search `query` (with `exact=1`: no corrections). */
  function linkParagraph(className, label, queries, exact) {
    var p = document.createElement('p');
    p.className = className;
    if (label) p.appendChild(document.createTextNode(label + ' '));
    queries.forEach(function (q, i) {
      if (i > 0) p.appendChild(document.createTextNode(', '));
      var a = document.createElement('a');
      var params = new URLSearchParams({ q: q.query });
      if (exact) params.set('exact', '1');
      a.href = form.getAttribute('action') + '?' + params.toString();
      a.textContent = q.text;
      p.appendChild(a);
    });
    return p;
  }

  /* The query as searched, with each corrected word in place of the typed one. */
  function correctedQuery(words) {
    return words.map(function (w) { return w.corrected || w.word; }).join(' ');
  }

  function render(query, found) {
    results.textContent = '';
    var words = found.outcome.words;
    var corrected = words.some(function (w) { return w.corrected; });
    var count = found.outcome.results.length;
    if (count === 0) {
      status.textContent = message('none', 0);
      var offers = found.data.searcher.suggestions(words).map(function (q) { return { query: q, text: q }; });
      if (offers.length) results.appendChild(linkParagraph('search-suggest', message('suggest', 0), offers, false));
      return;
    }
    var said = corrected ? message('corrected', 0, correctedQuery(words)) + ' ' : '';
    if (found.code !== lang) {
      var heading = document.createElement('h2');
      heading.textContent = message('english-heading', 0);
      results.appendChild(heading);
      status.textContent = said + message('english', count);
    } else {
      status.textContent = said + message('count', count);
    }
    if (corrected) {
      var exact = message('exact', 0, query.trim());
      results.appendChild(linkParagraph('search-exact', '', [{ query: query.trim(), text: exact }], true));
    }
    results.appendChild(list(found.data, found.outcome.results, found.code));
  }

  function show(query, exact) {
    var key = (exact ? '=' : '~') + query;
    if (key === lastQuery) return;
    lastQuery = key;
    if (query.trim() === '') {
      results.textContent = '';
      status.textContent = '';
      return;
    }
    searchIn(lang, query, exact)
      .then(function (found) {
        /* A letter or two is no word yet: English is searched (and loaded) from 3 letters. */
        var word = text.words(text.normalise(query)).some(function (w) { return Array.from(w).length >= 3; });
        if (found.outcome.results.length > 0 || lang === defaultLang || !word) return found;
        /* English is searched as typed: a word of another language is no English typo. */
        return searchIn(defaultLang, query, true).then(function (english) {
          return english.outcome.results.length > 0 ? english : found;
        });
      })
      .then(function (found) {
        if (key === lastQuery) render(query, found);
      })
      .catch(function () {
        status.textContent = message('unavailable', 0);
      });
  }

  function update() {
    var query = input.value;
    var url = new URL(window.location.href);
    url.searchParams.delete('exact');
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.pathname + url.search);
    show(query, false);
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

  var params = new URLSearchParams(window.location.search);
  var initial = params.get('q');
  if (initial) {
    input.value = initial;
    show(initial, params.get('exact') === '1');
  }
  load(lang).catch(function () {});
})();
