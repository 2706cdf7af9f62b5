/* What the search page does with a query, without the page (works in the
   browser as window.threestepsSearchQuery and in Node): splits it into words
   ("quoted" and +prefixed words are required, every other word is optional),
   corrects a word that finds nothing to the closest word of the language's
   index, asks lunr, and ranks pages matching more of the words higher. */
(function (root) {
  'use strict';

  /* Pieces of a query: [{ text, required }]. Words in "quotes" and words
     prefixed with + are required; nothing else keeps a page out. */
  function parse(query) {
    var pieces = [];
    var re = /"([^"]*)"?|(\+?)([^\s"]+)/g;
    var m;
    while ((m = re.exec(query)) !== null) {
      if (m[1] !== undefined) pieces.push({ text: m[1], required: true });
      else pieces.push({ text: m[3], required: m[2] === '+' });
    }
    return pieces;
  }

  /* Edits a word of `length` letters may be corrected by: none under 3
     letters, 1 for 3 to 5 letters, 2 for 6 or more. In a query of several
     words, words under 5 letters are not corrected (unless no word of the
     query finds anything): most are function words ("jsem", "how") that the
     pages happen not to use. */
  function maxEdits(length, alone) {
    if (length < (alone ? 3 : 5)) return 0;
    return length <= 5 ? 1 : 2;
  }

  /* Shortest last word that, while typed, also matches as a prefix. */
  var PREFIX_MIN = 3;

  /* Optimal string alignment distance (insertions, deletions, substitutions
     and swaps of two neighbouring letters, each 1) between two arrays of
     letters; any value above `max` is returned as max + 1. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (before && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) d = Math.min(d, before[k - 2] + 1);
        row.push(d);
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      before = prev;
      prev = row;
    }
    return Math.min(prev[b.length], max + 1);
  }

  /* Marks readers often leave out, which corrections ignore: Arabic harakat
     and tatweel; Gurmukhi adak bindi, bindi, visarga, nukta, tippi and addak. */
  var OMITTED_MARKS = /[\u0640\u064B-\u065F\u0670\u0A01-\u0A03\u0A3C\u0A70\u0A71]/g;

  /* The letters a word is compared by: folded, without the marks above. */
  function letters(text, word) {
    return Array.from(text.fold(word.replace(OMITTED_MARKS, '')));
  }

  /* A searcher over one language's loaded index: `text` is search-text.js,
     `words` the language's search-words.json (may come later: setWords). */
  function searcher(lunr, text, index, docs, pipeline) {
    var count = Object.keys(docs).length;
    var vocabulary = Object.keys(index.invertedIndex).sort();
    var dictionary = null;

    /* Pages a term is in (any field). */
    function pagesWith(term) {
      var posting = Object.prototype.hasOwnProperty.call(index.invertedIndex, term) ? index.invertedIndex[term] : null;
      if (!posting) return 0;
      var refs = {};
      Object.keys(posting).forEach(function (field) {
        if (field !== '_index') Object.keys(posting[field]).forEach(function (ref) { refs[ref] = true; });
      });
      return Object.keys(refs).length;
    }

    /* Whether some term of the index starts with `prefix` (binary search). */
    function hasPrefix(prefix) {
      var lo = 0;
      var hi = vocabulary.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (vocabulary[mid] < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo < vocabulary.length && vocabulary[lo].indexOf(prefix) === 0;
    }

    /* The words of the index within `max` edits of `word` and with the same
       first letter (readers seldom mistype the first letter, and it keeps
       corrections from turning one real word into another), closest first,
       then those in most pages first: [{ word, term, edits }]. */
    function closest(word, max) {
      if (!dictionary) return [];
      var target = letters(text, word);
      var found = [];
      for (var i = 0; i < dictionary.length; i++) {
        var entry = dictionary[i];
        if (entry.letters[0] !== target[0] || Math.abs(entry.letters.length - target.length) > max) continue;
        var edits = distance(target, entry.letters, max);
        if (edits <= max) found.push({ word: entry.word, edits: edits });
      }
      var seen = {};
      return found
        .map(function (f) {
          var term = pipeline.term(f.word);
          return { word: f.word, term: term, edits: f.edits, pages: pagesWith(term) };
        })
        .sort(function (x, y) { return x.edits - y.edits || y.pages - x.pages || (x.word < y.word ? -1 : 1); })
        .filter(function (f) { return f.pages > 0 && !seen[f.term] && (seen[f.term] = true); });
    }

    /* For a word of 6 letters or more with no close word: among the words
       sharing its longest beginning of at least 4 letters and more than half
       of the word, the one in most pages, then the shortest (Romanian
       "tatălui", of the father, is 3 edits from "tată", which shares
       "tata"). One pass over the words, comparing letters. */
    function sharingBeginning(word) {
      var target = letters(text, word);
      if (!dictionary || target.length < 6) return null;
      var least = Math.max(4, Math.floor(target.length / 2) + 1);
      var longest = 0;
      var sharing = [];
      for (var i = 0; i < dictionary.length; i++) {
        var entry = dictionary[i];
        var n = 0;
        while (n < target.length - 1 && n < entry.letters.length && entry.letters[n] === target[n]) n++;
        if (n < least || n < longest) continue;
        if (n > longest) sharing = [];
        longest = n;
        sharing.push(entry);
      }
      var found = sharing
        .map(function (entry) {
          var term = pipeline.term(entry.word);
          return { word: entry.word, term: term, pages: pagesWith(term), length: entry.letters.length };
        })
        .filter(function (f) { return f.pages > 0; })
        .sort(function (x, y) { return y.pages - x.pages || x.length - y.length || (x.word < y.word ? -1 : 1); });
      return found[0] || null;
    }

    /* The query's words with their terms, each corrected when it finds nothing
       (unless `exact`); the last word, while typed, also matches as a prefix. */
    function plan(query, exact) {
      var pieces = parse(query);
      var typing = !/[\s"]$/.test(query);
      var words = [];
      pieces.forEach(function (piece) {
        pipeline.tokens(piece.text).forEach(function (token) {
          words.push({ word: token.word, term: token.term, required: piece.required, prefix: false });
        });
      });
      /* The prefix is the word as typed (folded), not its stem: a complete
         word's stem is shorter and would match unrelated words (Romanian
         "trei" → "tre" → "trebui"). */
      var last = words[words.length - 1];
      if (typing && last && letters(text, last.word).length >= PREFIX_MIN) {
        last.prefix = true;
        last.plain = text.fold(last.word);
      }
      if (exact) return words;
      var unfound = words.filter(function (w) {
        return !(pagesWith(w.term) > 0 || (w.prefix && hasPrefix(w.plain)));
      });
      var alone = words.length === 1;
      unfound.forEach(function (w) { correct(w, alone); });
      /* Short words are corrected too when no word of the query finds anything. */
      var none = unfound.length === words.length && unfound.every(function (w) { return !w.corrected; });
      if (none) unfound.forEach(function (w) { correct(w, true); });
      return words;
    }

    /* Corrects word `w` to its closest word, if any: within maxEdits (for a
       word too short to correct: one that differs only in what is folded or
       in omitted marks). */
    function correct(w, alone) {
      var best = closest(w.word, maxEdits(letters(text, w.word).length, alone))[0] || sharingBeginning(w.word);
      if (best) {
        w.corrected = best.word;
        w.term = best.term;
        w.prefix = false;
      }
    }

    /* Whether a matched index term counts for query word `w`. */
    function matches(w, term) {
      return term === w.term || (w.prefix && term.indexOf(w.plain) === 0);
    }

    /* The idf of a word in `pages` of the language's pages (BM25's, as lunr
       writes it). */
    function idf(pages) {
      return Math.log(1 + Math.abs((count - pages + 0.5) / (pages + 0.5)));
    }

    /* The idf lunr built the index's weights with: it counts a page once for
       each field the term is in, so a word in the title, keywords and body
       of every page (the language's "baby") weighs like a word in half of
       them. */
    function fieldIdf(term) {
      var posting = index.invertedIndex[term];
      var postings = 0;
      Object.keys(posting).forEach(function (field) {
        if (field !== '_index') postings += Object.keys(posting[field]).length;
      });
      return idf(postings);
    }

    /* The weight of term number `termIndex` in field vector `vector` (its
       elements are pairs of term number and weight, sorted by term number). */
    function weightIn(vector, termIndex) {
      var elements = vector ? vector.elements : [];
      var lo = 0;
      var hi = elements.length / 2;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (elements[2 * mid] < termIndex) lo = mid + 1;
        else hi = mid;
      }
      return elements[2 * lo] === termIndex ? elements[2 * lo + 1] : 0;
    }

    /* A page's score: the index's BM25 weights of the terms it matched,
       summed over fields and the query's words, each term's idf counted in
       pages instead of lunr's postings. A word in every page then adds
       almost nothing, so a page with more of the query's words ranks
       higher. A term only begun by the word being typed counts a fifth. */
    function score(result, words, rescale) {
      var metadata = result.matchData.metadata;
      var total = 0;
      Object.keys(metadata).forEach(function (term) {
        var share = 0;
        words.forEach(function (w) {
          if (term === w.term) share += 1;
          else if (matches(w, term)) share += 0.2;
        });
        if (share === 0) return;
        if (!(term in rescale)) rescale[term] = idf(pagesWith(term)) / fieldIdf(term);
        var termIndex = index.invertedIndex[term]._index;
        Object.keys(metadata[term]).forEach(function (field) {
          total += weightIn(index.fieldVectors[field + '/' + result.ref], termIndex) * rescale[term] * share;
        });
      });
      return total;
    }

    /* Results (lunr's matches, scored by `score`) and the query's words.
       Each page's score is multiplied by the square root of the share of the
       query it matches, each word weighed by its idf among the pages found,
       so that a page with more of the words ranks higher even when a word
       it lacks is in its title ("sleep kettle": the kettle page before the
       sleep pages). (Tune queries: lunr's score × the share 181 of 192; this
       score × the share 186, × its square root 189, alone 189.) */
    function search(query, exact) {
      var words = plan(query, exact);
      if (words.length === 0) return { results: [], words: words };
      var presence = lunr.Query.presence;
      var found = index.query(function (q) {
        words.forEach(function (w) {
          var required = w.required ? presence.REQUIRED : presence.OPTIONAL;
          q.term(w.term, { boost: 10, presence: w.prefix && w.required ? presence.OPTIONAL : required });
          if (!w.prefix) return;
          var wildcard = lunr.Query.wildcard.TRAILING;
          q.term(w.plain, { boost: 2, wildcard: wildcard, presence: required });
        });
      });
      var rescale = {};
      var matchedBy = found.map(function (result) {
        var terms = Object.keys(result.matchData.metadata);
        return words.map(function (w) { return terms.some(function (t) { return matches(w, t); }); });
      });
      var weights = words.map(function (w, i) {
        var pages = matchedBy.filter(function (m) { return m[i]; }).length;
        return pages > 0 ? idf(pages) : 0;
      });
      var total = weights.reduce(function (s, x) { return s + x; }, 0);
      var ranked = found.map(function (result, n) {
        var share = total > 0 ? matchedBy[n].reduce(function (s, hit, i) { return s + (hit ? weights[i] : 0); }, 0) / total : 1;
        return { ref: result.ref, score: score(result, words, rescale) * Math.sqrt(share), matchData: result.matchData, order: n };
      });
      ranked.sort(function (x, y) { return y.score - x.score || x.order - y.order; });
      return { results: ranked, words: words };
    }

    /* Other queries to offer when nothing is found: each word that finds
       nothing replaced by one of its closest words (up to 3 edits). */
    function suggestions(words) {
      var out = [];
      words.forEach(function (w, i) {
        if (pagesWith(w.term) > 0) return;
        var max = Math.min(3, maxEdits(letters(text, w.word).length, true) + 1);
        closest(w.word, max).slice(0, 3).forEach(function (c) {
          out.push(words.map(function (o, j) { return j === i ? c.word : o.corrected || o.word; }).join(' '));
        });
      });
      return out.slice(0, 3);
    }

    return {
      search: search,
      suggestions: suggestions,
      /* Takes the language's words (search-words.json) for corrections. */
      setWords: function (list) {
        dictionary = list.map(function (word) { return { word: word, letters: letters(text, word) }; });
      },
      hasWords: function () { return dictionary !== null; }
    };
  }

  var api = { parse: parse, maxEdits: maxEdits, distance: distance, searcher: searcher };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.threestepsSearchQuery = api;
})(typeof window !== 'undefined' ? window : this);
