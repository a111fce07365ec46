#!/usr/bin/env node
import './util/compile-cache.js';
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), process.env, process.cwd());
