// Child of write-stdout.test.ts: makes its stdout pipe non-blocking (as creating
// process.stdout does), then writes more than a pipe holds with writeStdout.
import { writeStdout } from '../../src/github/actions-host.js';

void process.stdout; // libuv puts the pipe into non-blocking mode
const lines = Number(process.argv[2]);
let text = '';
for (let i = 0; i < lines; i++) text += `line ${i} ${'é'.repeat(i % 50)}\n`;
writeStdout(text);
