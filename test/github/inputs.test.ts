import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';

const inputs = (values: Record<string, string>) => new Inputs(new MemoryHost(values));

describe('Inputs', () => {
  it('returns undefined for unset and blank optional inputs', () => {
    expect(inputs({ a: '  ' }).string('a')).toBeUndefined();
    expect(inputs({}).string('a')).toBeUndefined();
    expect(inputs({ a: ' x ' }).string('a')).toBe('x');
  });

  it('reads booleans and rejects other words with a one-line error', () => {
    expect(inputs({ c: 'false' }).bool('c', true)).toBe(false);
    expect(inputs({ c: 'TRUE' }).bool('c', false)).toBe(true);
    expect(inputs({}).bool('c', true)).toBe(true);
    expect(() => inputs({ c: 'maybe' }).bool('c', true)).toThrow(
      `Input 'c' has value "maybe": expected true or false.`,
    );
  });

  it('splits lists on newlines and commas, lines on newlines only', () => {
    expect(inputs({ l: 'a.tfvars\n b.tfvars , c.tfvars\n\n' }).list('l')).toEqual([
      'a.tfvars',
      'b.tfvars',
      'c.tfvars',
    ]);
    expect(inputs({ l: '-target=a\n-replace=b["x,y"]' }).lines('l')).toEqual([
      '-target=a',
      '-replace=b["x,y"]',
    ]);
  });

  it('checks closed sets and names what is allowed', () => {
    expect(inputs({ s: 'podman' }).oneOf('s', ['docker', 'podman'] as const, 'docker')).toBe(
      'podman',
    );
    expect(() =>
      inputs({ s: 'nerdctl' }).oneOf('s', ['docker', 'podman'] as const, 'docker'),
    ).toThrow(`Input 's' has value "nerdctl": allowed values are docker, podman.`);
  });

  it('requires required inputs', () => {
    expect(() => inputs({}).required('role-arn')).toThrow(
      `Input 'role-arn' is required and was not set.`,
    );
  });

  it('reads bounded integers', () => {
    expect(inputs({ n: '42' }).int('n', 1, { min: 1, max: 100 })).toBe(42);
    expect(() => inputs({ n: '0' }).int('n', 1, { min: 1, max: 100 })).toThrow(/from 1 to 100/);
    expect(() => inputs({ n: '4.5' }).int('n', 1)).toThrow(/whole number/);
  });
});
