import './util/compile-cache.js';

const { runOnRunner } = await import('./run-on-runner.js');
await runOnRunner('post');
