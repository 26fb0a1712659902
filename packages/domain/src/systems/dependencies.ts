import { type Static, Type } from '@sinclair/typebox';

/** `from` depends on `to`: if `to` goes down, `from` is at risk. */
export const DependencyEdgeSchema = Type.Object(
  { from: Type.String({ format: 'uuid' }), to: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export type DependencyEdge = Static<typeof DependencyEdgeSchema>;

function adjacency(edges: readonly DependencyEdge[], direction: 'dependants' | 'dependencies') {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const [key, value] = direction === 'dependants' ? [to, from] : [from, to];
    const list = next.get(key);
    if (list) list.push(value);
    else next.set(key, [value]);
  }
  return next;
}

/** Breadth-first walk; the visited set makes cycles and self-loops harmless. */
function reach(start: string, next: Map<string, string[]>): string[] {
  const seen = new Set<string>([start]);
  const order: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const nextFrontier: string[] = [];
    for (const node of frontier) {
      for (const neighbour of next.get(node) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        order.push(neighbour);
        nextFrontier.push(neighbour);
      }
    }
    frontier = nextFrontier;
  }
  return order;
}

/**
 * Systems that may fail when `systemId` is down: every direct and indirect dependant, nearest first,
 * never `systemId` itself. A non-empty result is evidence for trigger C5 (cascading impact, seed II.1.c).
 */
export function atRiskIfDown(systemId: string, edges: readonly DependencyEdge[]): string[] {
  return reach(systemId, adjacency(edges, 'dependants'));
}

/** What `systemId` relies on, directly or indirectly: the places to look when it goes down. */
export function dependenciesOf(systemId: string, edges: readonly DependencyEdge[]): string[] {
  return reach(systemId, adjacency(edges, 'dependencies'));
}

/** True when adding `edge` would close a loop, so the inventory UI can warn before saving. */
export function wouldCreateCycle(edge: DependencyEdge, edges: readonly DependencyEdge[]): boolean {
  return edge.from === edge.to || dependenciesOf(edge.to, edges).includes(edge.from);
}
