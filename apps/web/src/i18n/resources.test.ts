import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en, vi } from './resources.ts';

// Every label exists in both languages (ARCHITECTURE: "every label exists in vi and en").

function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object') for (const [k, v] of leaves(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

test('Vietnamese and English have the same keys, all non-empty strings', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);
  assert.deepEqual([...enLeaves.keys()].sort(), [...viLeaves.keys()].sort());
  for (const [key, text] of [...viLeaves, ...enLeaves]) {
    assert.equal(typeof text, 'string', key);
    assert.notEqual((text as string).trim(), '', key);
  }
});

test('the same placeholders appear in both languages', () => {
  const enLeaves = leaves(en);
  const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const [key, text] of leaves(vi)) {
    assert.deepEqual(names(String(enLeaves.get(key))), names(String(text)), key);
  }
});
