// The threesteps service worker for sites without offline reading (`serve`,
// or `offline: false` in site.yaml): it deletes the pages an earlier build's
// worker saved and unregisters itself, so nobody reads stale pages.
'use strict';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('threesteps-')).map((n) => caches.delete(n))))
      .then(() => self.registration.unregister()),
  );
});
