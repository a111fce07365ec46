import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './workflow-files.js';

describe('README workflow examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

  it.each(['examples/workflows/pr-plan.yml', 'examples/workflows/main-deploy.yml'])(
    'shows %s exactly as committed (the copy that the tests check)',
    (file) => {
      expect(blocks).toContain(readFileSync(join(root, file), 'utf8'));
    },
  );
});
