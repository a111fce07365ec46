import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256HexOfBytes } from '../../src/tofu/sha256.js';
import { random } from '../fixtures/random.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const ALPHABET = [
  'a',
  'Z',
  '0',
  ' ',
  '\n',
  '"',
  '\\',
  'é',
  '€',
  '😀',
  '\u0000',
  '\uD800',
  '\uDC00',
];

/** What the fingerprint hashes: a string's UTF-8 bytes. */
const sha256Hex = (text: string) => sha256HexOfBytes(Buffer.from(text, 'utf8'));

describe('sha256HexOfBytes', () => {
  it('equals node:crypto for the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(nodeSha256('abc'));
    const long = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(sha256Hex(long)).toBe(nodeSha256(long));
  });

  it('equals node:crypto at every length around the block and padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
    }
  });

  it('equals node:crypto on random text, multi-byte characters and lone surrogates included', () => {
    const next = random(42);
    for (let round = 0; round < 2000; round++) {
      const length = round < 1900 ? next(300) : next(40_000);
      let text = '';
      for (let i = 0; i < length; i++) {
        text +=
          next(4) === 0
            ? (ALPHABET[next(ALPHABET.length)] as string)
            : String.fromCharCode(32 + next(95));
      }
      expect(sha256Hex(text), JSON.stringify(text.slice(0, 80))).toBe(nodeSha256(text));
    }
  });

  it('hashes bytes in place: a view into a larger buffer, every length around the padding', () => {
    const backing = Buffer.alloc(400);
    for (let i = 0; i < backing.length; i++) backing[i] = (i * 7 + 3) & 0xff;
    for (let length = 0; length <= 200; length++) {
      const view = backing.subarray(17, 17 + length);
      expect(sha256HexOfBytes(view), `length ${length}`).toBe(
        createHash('sha256').update(view).digest('hex'),
      );
    }
  });
});
