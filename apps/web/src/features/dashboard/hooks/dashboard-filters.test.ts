import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultFilter, filterFromParams, incidentListLink, statisticsQuery } from './dashboard-filters.ts';

const UNIT = '0b6f3a52-9f0e-4c1e-8d7a-1a2b3c4d5e6f';

test('a dashboard opens on the last twelve months', () => {
  assert.deepEqual(defaultFilter('2026-12-05'), {
    from: '2026-01-01',
    to: '2026-12-05',
    unitId: null,
    causeGroup: null,
  });
});

test('the address bar is read back; unknown values fall back', () => {
  const f = filterFromParams(
    new URLSearchParams(`from=2026-01-01&to=bad&unitId=${UNIT}&causeGroup=aliens`),
    '2026-12-05',
  );
  assert.deepEqual(f, { from: '2026-01-01', to: '2026-12-05', unitId: UNIT, causeGroup: null });
  assert.equal(statisticsQuery(f, { by: 'tier' }), `by=tier&from=2026-01-01&to=2026-12-05&unitId=${UNIT}`);
});

test('a month bar opens the list of that month with the dashboard filters', () => {
  const link = incidentListLink(
    { from: '2026-01-01', to: '2026-12-05', unitId: UNIT, causeGroup: 'attack' },
    { month: '2026-02', tier: 'T3' },
  );
  const params = new URLSearchParams(link.split('?')[1]);
  assert.equal(params.get('from'), '2026-02-01');
  assert.equal(params.get('to'), '2026-02-28');
  assert.equal(params.get('unitId'), UNIT);
  assert.equal(params.get('causeGroup'), 'attack');
  assert.deepEqual(params.getAll('tier'), ['T3']);
  assert.ok(params.getAll('state').includes('closed'));
  assert.ok(!params.getAll('state').includes('rejected'));
});
