import { isAbsolute, resolve, sep } from 'node:path';

/**
 * tofu-binary as a path: with a path separator it is a path from the repository root, as every
 * path input is (tofu runs in the working directory, where it would otherwise resolve); a bare
 * name is looked up on PATH.
 */
export function tofuBinaryPath(binary: string, workspace: string): string {
  if (isAbsolute(binary) || !(binary.includes('/') || binary.includes(sep))) return binary;
  return resolve(workspace, binary);
}
