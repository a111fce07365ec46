import { describe, expect, it } from 'vitest';
import { repoPath } from '../../src/tofu/repo-path.js';

describe('repoPath', () => {
  it('joins what tofu printed to the working directory, relative to the repository root', () => {
    expect(repoPath({ workingDirectoryRelative: 'envs/staging' }, 'main.tf')).toBe(
      'envs/staging/main.tf',
    );
    expect(repoPath({ workingDirectoryRelative: '.' }, 'modules/net/main.tf')).toBe(
      'modules/net/main.tf',
    );
    expect(
      repoPath({ workingDirectoryRelative: 'envs/staging' }, '../../modules/network/main.tf'),
    ).toBe('modules/network/main.tf');
  });

  it('gives up on paths outside the repository', () => {
    expect(
      repoPath({ workingDirectoryRelative: 'envs' }, '../../elsewhere/main.tf'),
    ).toBeUndefined();
    expect(repoPath({ workingDirectoryRelative: '.' }, '/tmp/x.tf')).toBeUndefined();
  });
});

describe('repoPath on what is no file', () => {
  it('gives nothing for the pseudo file names of values and stdin', () => {
    expect(
      repoPath({ workingDirectoryRelative: 'envs' }, '<value for var.region>'),
    ).toBeUndefined();
    expect(repoPath({ workingDirectoryRelative: '.' }, '<stdin>')).toBeUndefined();
    expect(repoPath({ workingDirectoryRelative: '.' }, '')).toBeUndefined();
  });

  it('reads Windows separators', () => {
    expect(
      repoPath({ workingDirectoryRelative: 'envs/staging' }, '..\\..\\modules\\net\\main.tf'),
    ).toBe('modules/net/main.tf');
  });
});
