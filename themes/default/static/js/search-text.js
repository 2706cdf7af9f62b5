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

  /* Step 6: light stemmers for Polish, Czech and Slovak, on the folded word
     (so a word typed without diacritics gets the same term). One ending is
     removed, the longest that leaves a stem of at least 3 letters, then the
     end of the stem is normalised; only words of the letters a-z are touched.
     Czech follows the Dolamic-Savoy light stemmer (Lucene's CzechStemmer);
     Slovak and Polish are our own, on the same plan. The tables match
     CZECH, SLOVAK and POLISH in src/output/search/text.rs. */
  var LIGHT = {
    cs: {
      endings: ['atech', 'etem', 'atum', 'ech', 'ich', 'eho', 'emi', 'emu', 'ete', 'eti', 'iho', 'imi', 'imu',
        'ach', 'ata', 'aty', 'ych', 'ama', 'ami', 'ove', 'ovi', 'ymi', 'em', 'es', 'im', 'um', 'at', 'am', 'os',
        'us', 'ym', 'mi', 'ou', 'a', 'e', 'i', 'o', 'u', 'y'],
      possessives: ['ov', 'in', 'uv']
    },
    sk: {
      endings: ['atami', 'atach', 'atam', 'atom', 'ovia', 'iach', 'iami', 'ieho', 'iemu', 'ami', 'ach', 'och', 'ych', 'ymi',
        'eho', 'emu', 'ovi', 'ich', 'imi', 'iam', 'ata', 'atu', 'om', 'ov', 'ej', 'ou', 'ym', 'im', 'ia', 'ie', 'iu',
        'mi', 'a', 'e', 'i', 'o', 'u', 'y'],
      possessives: ['in']
    },
    pl: {
      endings: ['owie', 'iach', 'iami', 'iego', 'iemu', 'ach', 'ami', 'owi', 'iem', 'ego', 'emu', 'ych', 'ymi', 'ich',
        'imi', 'iej', 'om', 'ow', 'em', 'ej', 'ym', 'im', 'ia', 'ie', 'iu', 'mi', 'a', 'e', 'i', 'o', 'u', 'y'],
      possessives: []
    }
  };
  var MIN_STEM = 3;

  function stripEnding(word, endings, minStem) {
    for (var i = 0; i < endings.length; i++) {
      var e = endings[i];
      if (word.length - e.length >= minStem && word.slice(-e.length) === e) return word.slice(0, -e.length);
    }
    return word;
  }

  /* The end of a stem made regular. Czech and Slovak: a mobile e dropped
     (otec/otce, den/dne; Slovak also spánok/spánku), then c -> k and z -> h (ruka/ruce, noha/noze).
     Polish: ojciec/ojca, domek/domku, dziecko/dzieci, dzieci/dzieciom,
     woda/wodzie. */
  function normaliseStem(stem, lang) {
    var n = stem.length;
    if (lang === 'pl') {
      if (n > 5 && stem.slice(-4) === 'ciec') return stem.slice(0, -3);
      if (n > 4 && stem.slice(-2) === 'ek') return stem.slice(0, -2) + 'k';
      if (n > 4 && stem.slice(-2) === 'ck') return stem.slice(0, -1);
      if (n > 4 && stem[n - 1] === 'i') return stem.slice(0, -1);
      if (n > 3 && stem.slice(-2) === 'dz') return stem.slice(0, -1);
      return stem;
    }
    if (n < 3) return stem;
    if (lang === 'sk' && n > 4 && stem.slice(-2) === 'ok') return stem.slice(0, -2) + 'k';
    if (n > 3 && stem[n - 2] === 'e' && 'aeiouy'.indexOf(stem[n - 1]) < 0) stem = stem.slice(0, n - 2) + stem[n - 1];
    var last = stem[stem.length - 1];
    if (last === 'c') return stem.slice(0, -1) + 'k';
    if (last === 'z') return stem.slice(0, -1) + 'h';
    return stem;
  }

  function lightStem(word, lang) {
    var table = LIGHT[lang];
    if (!table || !/^[a-z]+$/.test(word)) return word;
    var stem = stripEnding(word, table.endings, MIN_STEM);
    stem = stripEnding(stem, table.possessives, MIN_STEM + 1);
    return normaliseStem(stem, lang);
  }

  /* Step 6 for Urdu, on the folded word: plural and oblique endings removed so
     the singular typed finds the plural written (بچہ بچے بچوں, بات باتیں,
     لڑکی لڑکیاں لڑکیوں). The longest ending found decides: removed
     if at least 2 letters stay (so کیوں, why, stays whole); only words
     of Arabic-script letters (U+0621-U+06FF) are touched. */
  var URDU_ENDINGS = [['\u06CC\u0648\u06BA', '\u06CC'], ['\u06CC\u0627\u06BA', '\u06CC'], ['\u0648\u06BA', ''],
    ['\u06CC\u06BA', ''], ['\u06D2', ''], ['\u06C1', ''], ['\u0627', '']];

  function urduStem(word) {
    if (!/^[\u0621-\u06FF]+$/.test(word)) return word;
    for (var i = 0; i < URDU_ENDINGS.length; i++) {
      var ending = URDU_ENDINGS[i][0];
      if (word.slice(-ending.length) !== ending) continue;
      return word.length - ending.length >= 2 ? word.slice(0, -ending.length) + URDU_ENDINGS[i][1] : word;
    }
    return word;
  }

  /* Step 6 for Punjabi, on the folded word: plural, oblique, participle and
     infinitive endings removed (longest first; the same list as
     PUNJABI_ENDINGS in text.rs), so ਬੱਚਾ ਬੱਚੇ ਬੱਚਿਆਂ meet, and ਜਾਗ
     ਜਾਗਦਾ ਜਾਗਦੇ. The longest ending found decides, removed only if at least 2
     letters stay, counting consonants, independent vowels and the addak (ੱ),
     not vowel signs, nasal signs or nukta (so ਦਾ ਦੀ ਮਾਂ ਦਾਦਾ ਜਾਂਦਾ stay
     whole); only Gurmukhi words are touched. */
  var PUNJABI_ENDINGS = ['\u0A02\u0A26\u0A40\u0A06\u0A02', '\u0A70\u0A26\u0A40\u0A06\u0A02', '\u0A26\u0A40\u0A06\u0A02', '\u0A26\u0A3F\u0A06\u0A02', '\u0A09\u0A02\u0A26\u0A3E', '\u0A09\u0A02\u0A26\u0A47', '\u0A09\u0A02\u0A26\u0A40', '\u0A02\u0A26\u0A3E', '\u0A02\u0A26\u0A47', '\u0A02\u0A26\u0A40', '\u0A70\u0A26\u0A3E', '\u0A70\u0A26\u0A47', '\u0A70\u0A26\u0A40', '\u0A3F\u0A06\u0A02', '\u0A40\u0A06\u0A02', '\u0A08\u0A06\u0A02', '\u0A09\u0A23\u0A3E', '\u0A09\u0A23\u0A47', '\u0A09\u0A23\u0A40', '\u0A06\u0A02', '\u0A3E\u0A02', '\u0A4B\u0A02', '\u0A26\u0A3E', '\u0A26\u0A47', '\u0A26\u0A40', '\u0A23\u0A3E', '\u0A23\u0A47', '\u0A28\u0A3E', '\u0A28\u0A47', '\u0A3F\u0A06', '\u0A07\u0A06', '\u0A40\u0A0F', '\u0A08\u0A0F', '\u0A3E', '\u0A47', '\u0A40', '\u0A4B', '\u0A13', '\u0A0F', '\u0A08'];

  function punjabiStem(word) {
    if (!/^[\u0A00-\u0A7F]+$/.test(word)) return word;
    for (var i = 0; i < PUNJABI_ENDINGS.length; i++) {
      var ending = PUNJABI_ENDINGS[i];
      if (word.slice(-ending.length) !== ending) continue;
      var stem = word.slice(0, -ending.length);
      /* A verb root ending in a vowel sign may keep 1 letter before -ਂਦਾ
         -ੰਦਾ (-ਦੇ -ਦੀ -ਦੀਆਂ) and -ਣਾ: ਸੌਂਦਾ ਸੌਣਾ → ਸੌ. */
      var verb = /^[\u0A02\u0A70]/.test(ending) || ending === '\u0A23\u0A3E';
      var min = verb && /[\u0A3E-\u0A4C]$/.test(stem) ? 1 : 2;
      return stem.replace(/[\u0A01-\u0A03\u0A3C-\u0A4D\u0A70]/g, '').length >= min ? stem : word;
    }
    return word;
  }

  /* Step 4, Arabic, before Snowball (which keeps a و followed by ا, and
     removes ـات only after the article): "and the" (وال) loses its و when at
     least 3 letters follow the article, except in والد (parent) words; a sound
     feminine plural (ـات, at least 3 letters before it) becomes the singular
     (ـة); a broken plural فعائل becomes فعالة (brokenPluralSingular). So طفل
     finds والطفل, زيارة finds زيارات, and وسادة finds وسائد. */
  function arabicBeforeStem(word) {
    var w = word;
    if (w.length >= 6 && w.slice(0, 3) === '\u0648\u0627\u0644' && w.slice(0, 4) !== '\u0648\u0627\u0644\u062F') w = w.slice(1);
    if (w.length >= 5 && w.slice(-2) === '\u0627\u062A') return w.slice(0, -2) + '\u0629';
    return brokenPluralSingular(w);
  }

  /* The broken plural فعائل (five letters, ائ third and fourth, after an
     optional ال) as the singular فعالة: وسائد → وسادة, رسائل → رسالة. */
  function brokenPluralSingular(word) {
    var article = word.slice(0, 2) === '\u0627\u0644' ? '\u0627\u0644' : '';
    var core = word.slice(article.length);
    if (core.length === 5 && core.slice(2, 4) === '\u0627\u0626') return article + core.slice(0, 3) + core[4] + '\u0629';
    return word;
  }

  /* Snowball's Arabic stem, except that a word whose stem keeps the article
     ال (Snowball keeps it in short words: الأب, الأم, الصحة) is stemmed
     without it, when 2 letters or more remain: so الأب meets أب (father),
     الأم meets أم (mother) and الصحة meets صحة (health). */
  function arabicStem(stemmer, word) {
    var stem = stemmer.stem(word);
    var article = '\u0627\u0644';
    if (stem.slice(0, 2) === article && word.slice(0, 2) === article && Array.from(word).length >= 4) {
      return stemmer.stem(word.slice(2));
    }
    return stem;
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
        if (lang === 'ar') w = arabicStem(stemmer, arabicBeforeStem(w));
        else w = stemmer.stem(w);
      }
      if (LIGHT[lang]) return lightStem(fold(w), lang);
      if (lang === 'ur') return urduStem(fold(w));
      if (lang === 'pa') return punjabiStem(fold(w));
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

  var api = { normalise: normalise, words: words, fold: fold, lightStem: lightStem, pipeline: pipeline, WORD: W, JOINER: J };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.threestepsSearchText = api;
})(typeof window !== 'undefined' ? window : this);
