import './util/compile-cache.js';
import { ActionsHost } from './github/actions-host.js';
import { cancellationSignal } from './github/signals.js';
import { runCommand } from './run-command.js';

await runCommand(new ActionsHost(process.env, cancellationSignal()), 'main');
