import './util/compile-cache.js';

// The rest is one chunk, loaded after the compile cache is on so that it comes from the cache.
const { runOnRunner } = await import('./run-on-runner.js');
await runOnRunner('main');
