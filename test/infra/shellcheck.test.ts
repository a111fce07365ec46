// infra/scripts/*.sh are shellcheck-clean (skipped with a note where shellcheck is not installed).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, infraRoot } from './tree.js';

const scripts = filesUnder(join(infraRoot, 'scripts'), /\.sh$/);
const available = spawnSync('shellcheck', ['--version']).status === 0;
if (!available) console.log('shellcheck is not installed: skipping the infra/scripts lint (CI installs it)');

describe('infra scripts', () => {
  it('are strict bash', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const s of scripts) {
      const text = readFileSync(s, 'utf8');
      expect(text.startsWith('#!/usr/bin/env bash\n'), s).toBe(true);
      expect(text, s).toMatch(/^set -euo pipefail$/m);
    }
  });

  it.skipIf(!available)('pass shellcheck', () => {
    const run = spawnSync('shellcheck', ['--severity=style', '--format=gcc', ...scripts], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(!available)('shellcheck is really looking (an unquoted variable fails)', () => {
    expect(() => execFileSync('shellcheck', ['-'], { input: '#!/bin/bash\nrm $1\n', stdio: 'pipe' })).toThrow();
  });
});
