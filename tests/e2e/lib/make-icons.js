'use strict';
// Rasterises the default theme's app icons once, in Debian's Chromium:
//
//   node tests/e2e/lib/make-icons.js
//
// themes/default/static/icons/icon.svg          → icon-192.png, icon-512.png
// themes/default/static/icons/icon-maskable.svg → icon-maskable-512.png
//
// The PNGs are committed (the build copies them like any static file), so a
// build needs no rasteriser; run this again after changing an SVG.

const fs = require('node:fs');
const path = require('node:path');
const { launch } = require('./browser.js');

const ICONS = path.join(__dirname, '..', '..', '..', 'themes', 'default', 'static', 'icons');
const OUTPUTS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
];

async function main() {
  const browser = await launch();
  try {
    for (const [svg, png, size] of OUTPUTS) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const data = fs.readFileSync(path.join(ICONS, svg)).toString('base64');
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0].complete);
      await page.screenshot({ path: path.join(ICONS, png), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${png}: ${size}×${size} from ${svg}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
