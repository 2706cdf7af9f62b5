'use strict';
// Makes the browser's Snowball stemmers: an extract of the npm package
// snowball-stemmers 0.6.0 (one 868 KB file with 24 stemmers) holding only its
// shared base and the English, Romanian and Arabic stemmers, the languages
// rust-stemmers stems at build time. The code is copied as it is, line for
// line; only the `newStemmer`/`algorithms` table at the end is cut down.
//
//   node lib/snowball-extract.js   rewrites themes/default/static/js/vendor/snowball-stemmers.js
//
// `search-index.test.js` checks that the vendored file equals this extract.

const fs = require('node:fs');
const path = require('node:path');

const STEMMERS = ['arabic', 'english', 'romanian'];
const VENDORED = path.join(__dirname, '..', '..', '..', 'themes', 'default', 'static', 'js', 'vendor', 'snowball-stemmers.js');

function extract(source = fs.readFileSync(require.resolve('snowball-stemmers/snowball-stemmers.js'), 'utf8')) {
  const lines = source.split('\n');
  const find = (text, from = 0) => {
    const i = lines.findIndex((l, n) => n >= from && l === text);
    if (i < 0) throw new Error(`snowball-stemmers: line not found: ${text}`);
    return i;
  };
  // The shared base: everything up to the first stemmer.
  const baseEnd = find('    var arabicStemmer = function (_SnowballStemmer) {');
  const out = [
    '// Extract of snowball-stemmers 0.6.0 (npm, ISC licence, https://github.com/mazko/jssnowball):',
    `// the shared base and the ${STEMMERS.join(', ')} stemmers, made by tests/e2e/lib/snowball-extract.js.`,
    ...lines.slice(0, baseEnd),
  ];
  for (const name of STEMMERS) {
    const start = lines.findIndex((l) => l.startsWith(`    var ${name}Stemmer = function (_SnowballStemmer`));
    if (start < 0) throw new Error(`snowball-stemmers: no ${name} stemmer`);
    const end = find('    }(SnowballStemmer);', start);
    out.push(...lines.slice(start, end + 1), '');
  }
  const tail = find('    function newStemmer(lng) {');
  const mapStart = find('        var stemMap = {', tail);
  const mapEnd = find('        };', mapStart);
  out.push(...lines.slice(tail, mapStart + 1));
  out.push(STEMMERS.map((n) => `            ${n}: ${n}Stemmer`).join(',\n'));
  const algorithms = find('    function algorithms() {', mapEnd);
  out.push(...lines.slice(mapEnd, algorithms + 1));
  out.push(`        return [${STEMMERS.map((n) => `'${n}'`).join(', ')}];`);
  out.push(...lines.slice(algorithms + 2));
  return out.join('\n');
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(VENDORED), { recursive: true });
  fs.writeFileSync(VENDORED, extract());
  console.log(`wrote ${VENDORED}`);
}

module.exports = { extract, VENDORED, STEMMERS };
