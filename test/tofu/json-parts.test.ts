import { describe, expect, it } from 'vitest';
import { readJsonParts, type JsonShape } from '../../src/tofu/json-parts.js';
import { JsonSyntaxError, ReadWhole } from '../../src/tofu/json-read-errors.js';
import { tempFiles } from '../fixtures/temp-files.js';

const written = tempFiles('json-parts');
const fileOf = (value: unknown) =>
  written(typeof value === 'string' ? value : JSON.stringify(value));

/** Items handed on one by one, groups read in place (each may hold groups), the rest dropped. */
const GROUP: JsonShape<'item'> = {
  rules: { items: { each: 'item' }, groups: { eachIn: () => GROUP }, name: 'keep' },
  other: 'drop',
};

function read(value: unknown, options = { chunk: 5, batch: 8, guessWindow: 8 }) {
  const items: unknown[] = [];
  const counts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 };
  const head = readJsonParts(fileOf(value), GROUP, { item: (i) => items.push(i) }, options, counts);
  return { head, items, counts };
}

describe('readJsonParts', () => {
  it('hands on the listed elements, reads nested groups in place and keeps only what the shape keeps', () => {
    const value = {
      name: 'top',
      secret: { dropped: true },
      items: [1, 'two', { three: [3] }, null],
      groups: [
        { name: 'inner', items: [4, 5], groups: [{ items: [6] }] },
        'not a group',
        { items: [] },
      ],
    };
    const { head, items, counts } = read(value);
    expect(head).toEqual({ name: 'top', items: [], groups: [] });
    expect(items).toEqual([1, 'two', { three: [3] }, null, 4, 5, 6]);
    // Without a boundary to look for, every batch is found by scanning.
    expect(counts.guessedBatches).toBe(0);
    expect(counts.scannedBatches).toBeGreaterThan(3);
  });

  it('keeps what is not the kind of value its rule reads, as JSON.parse gives it', () => {
    const { head, items } = read({ name: 'x', items: { not: 'a list' }, groups: 7 });
    expect(head).toEqual({ name: 'x', items: { not: 'a list' }, groups: 7 });
    expect(items).toEqual([]);
  });

  it('leaves to JSON.parse what it cannot read as JSON.parse would', () => {
    expect(() => read('{"items":[1],"items":[2]}')).toThrow(ReadWhole);
    // A repeated kept key is read as JSON.parse reads it: the last one counts.
    expect(read('{"name":"first","name":"last"}').head).toEqual({ name: 'last' });
    let deep = '{"items":[1]}';
    for (let i = 0; i < 101; i++) deep = `{"groups":[${deep}]}`;
    expect(() => read(deep)).toThrow(ReadWhole);
    expect(() => read('{"items":[1,]}')).toThrow(JsonSyntaxError);
  });
});
