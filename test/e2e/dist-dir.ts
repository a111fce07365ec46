import { resolve } from 'node:path';

/** The bundles under test: dist/ of this checkout, or a private build (TOFU_AWS_ACTION_DIST). */
export const distDir =
  process.env.TOFU_AWS_ACTION_DIST ?? resolve(import.meta.dirname, '../../dist');
