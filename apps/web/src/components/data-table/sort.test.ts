import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ariaSort, nextSort, sortQuery } from './sort.ts';

test('a click sorts a new column ascending and flips the sorted one', () => {
  assert.deepEqual(nextSort(null, 'code'), { key: 'code', direction: 'asc' });
  assert.deepEqual(nextSort({ key: 'code', direction: 'asc' }, 'code'), { key: 'code', direction: 'desc' });
  assert.deepEqual(nextSort({ key: 'code', direction: 'desc' }, 'code'), { key: 'code', direction: 'asc' });
  assert.deepEqual(nextSort({ key: 'code', direction: 'desc' }, 'name'), { key: 'name', direction: 'asc' });
});

test('the sort travels as sort/order parameters and is announced on its column only', () => {
  assert.deepEqual(sortQuery(null), {});
  assert.deepEqual(sortQuery({ key: 'detectedAt', direction: 'desc' }), {
    sort: 'detectedAt',
    order: 'desc',
  });
  assert.equal(ariaSort({ key: 'code', direction: 'desc' }, 'code'), 'descending');
  assert.equal(ariaSort({ key: 'code', direction: 'desc' }, 'name'), 'none');
});
