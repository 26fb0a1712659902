import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { atRiskIfDown, type DependencyEdge, dependenciesOf, wouldCreateCycle } from './dependencies.ts';

const edge = (from: string, to: string): DependencyEdge => ({ from, to });

test('atRiskIfDown returns direct and transitive dependants, nearest first', () => {
  // portal → database → network; email → network
  const edges = [edge('portal', 'database'), edge('database', 'network'), edge('email', 'network')];
  assert.deepEqual(atRiskIfDown('network', edges), ['database', 'email', 'portal']);
  assert.deepEqual(atRiskIfDown('database', edges), ['portal']);
  assert.deepEqual(atRiskIfDown('portal', edges), []);
});

test('atRiskIfDown lists a dependant reached by two paths once', () => {
  const edges = [edge('app', 'db'), edge('app', 'cache'), edge('cache', 'db')];
  assert.deepEqual(atRiskIfDown('db', edges), ['app', 'cache']);
});

test('atRiskIfDown terminates on cycles and never lists the failed system itself', () => {
  const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('d', 'd')];
  assert.deepEqual(atRiskIfDown('a', edges), ['c', 'b']);
  assert.deepEqual(atRiskIfDown('d', edges), []);
});

test('atRiskIfDown of an unknown system is empty', () => {
  assert.deepEqual(atRiskIfDown('ghost', [edge('a', 'b')]), []);
});

test('dependenciesOf walks the other way', () => {
  const edges = [edge('portal', 'database'), edge('database', 'network')];
  assert.deepEqual(dependenciesOf('portal', edges), ['database', 'network']);
});

test('wouldCreateCycle detects self-loops and closing loops', () => {
  const edges = [edge('a', 'b'), edge('b', 'c')];
  assert.equal(wouldCreateCycle(edge('c', 'a'), edges), true);
  assert.equal(wouldCreateCycle(edge('a', 'a'), edges), true);
  assert.equal(wouldCreateCycle(edge('a', 'c'), edges), false);
});

test('property: results are unique, exclude the start and contain every direct dependant', () => {
  const node = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  fc.assert(
    fc.property(fc.array(fc.record({ from: node, to: node }), { maxLength: 30 }), node, (edges, start) => {
      const result = atRiskIfDown(start, edges);
      assert.equal(new Set(result).size, result.length);
      assert.ok(!result.includes(start));
      for (const e of edges) if (e.to === start && e.from !== start) assert.ok(result.includes(e.from));
      // closure: a dependant of something at risk is also at risk
      const closed = new Set([start, ...result]);
      for (const e of edges) if (closed.has(e.to)) assert.ok(closed.has(e.from));
    }),
  );
});
