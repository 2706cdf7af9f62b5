/* The search text pipeline at query time: the same steps as
   src/output/search/text.rs at build time (tests/e2e/search-index.test.js
   compares the two word by word). Works in the browser (window.threestepsSearchText,
   with the vendored snowball-stemmers loaded first) and in Node (require). */
(function (root) {
  'use strict';
  var W = '[\\p{Alphabetic}\\p{M}\\p{N}]';
  var J = "['\\u2019\\u2018\\u02BC\\u200C\\u200D]";
  var STEMMERS = { en: 'english', ro: 'romanian', ar: 'arabic' };

  function snowball() {
    if (root && root.snowballFactory) return root.snowballFactory;
    if (typeof require === 'function') return require('./vendor/snowball-stemmers.js');
    return null;
  }

  /* Step 1: NFKC, then lowercase. */
  function normalise(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  /* Step 2: runs of letters, marks and digits; joiners only between them. */
  function words(text) {
    return text.match(new RegExp(W + '+(?:' + J + '+' + W + '+)*', 'gu')) || [];
  }

  /* Step 3: Arabic-script clean-up before stemming. */
  function arabicClean(word) {
    return word.replace(/[\u0640\u064B-\u065F\u0670]/g, '').replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627');
  }

  var FOLD = {
    'ł': 'l', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'ı': 'i',
    '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0647': '\u06C1', '\u06D5': '\u06C1',
    "'": '', '\u2019': '', '\u2018': '', '\u02BC': '', '\u200C': '', '\u200D': ''
  };
  var DIGIT_ZEROS = [0x0660, 0x06F0, 0x0966, 0x0A66];

  /* Step 5: folding after stemming. */
  function fold(word) {
    var s = word.normalize('NFD').replace(/[\u0300-\u036F]/g, '').normalize('NFC');
    var out = '';
    for (var ch of s) {
      if (Object.prototype.hasOwnProperty.call(FOLD, ch)) {
        out += FOLD[ch];
        continue;
      }
      var code = ch.codePointAt(0);
      var digit = null;
      for (var i = 0; i < DIGIT_ZEROS.length; i++) {
        if (code >= DIGIT_ZEROS[i] && code <= DIGIT_ZEROS[i] + 9) digit = String(code - DIGIT_ZEROS[i]);
      }
      out += digit === null ? ch : digit;
    }
    return out;
  }

  /* The pipeline of one language: term(word), tokens(text), terms(text). */
  function pipeline(lang) {
    var name = STEMMERS[lang];
    var factory = name ? snowball() : null;
    var stemmer = factory ? factory.newStemmer(name) : null;
    function term(word) {
      var w = arabicClean(word);
      if (stemmer) {
        if (lang === 'ro') w = w.replace(/ș/g, 'ş').replace(/ț/g, 'ţ');
        else if (lang === 'en') w = w.replace(/[\u2019\u2018\u02BC]/g, "'");
        w = stemmer.stem(w);
      }
      return fold(w);
    }
    function tokens(text) {
      var out = [];
      var list = words(normalise(text));
      for (var i = 0; i < list.length; i++) {
        var t = term(list[i]);
        if (t) out.push({ word: list[i], term: t });
      }
      return out;
    }
    return {
      lang: lang,
      stemmed: !!stemmer,
      term: term,
      tokens: tokens,
      terms: function (text) {
        return tokens(text).map(function (t) { return t.term; });
      }
    };
  }

  var api = { normalise: normalise, words: words, fold: fold, pipeline: pipeline, WORD: W, JOINER: J };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.threestepsSearchText = api;
})(typeof window !== 'undefined' ? window : this);
