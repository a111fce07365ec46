import { describe, expect, it } from 'vitest';
import { once } from '../../src/util/once.js';

describe('once', () => {
  it('calls the function on first use only and keeps its result', () => {
    let calls = 0;
    const value = once(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(first).toEqual({ n: 1 });
    expect(calls).toBe(1);
  });

  it('keeps an undefined result too', () => {
    let calls = 0;
    const value = once(() => void calls++);
    value();
    value();
    expect(calls).toBe(1);
  });
});
