import type { TSchema } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { eachUuidField, type FoundRef, refsIn } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler, RouteOptions } from 'fastify';

type RequestPart = 'params' | 'query' | 'body';
const PARTS: [RequestPart, 'params' | 'querystring' | 'body'][] = [
  ['params', 'params'],
  ['query', 'querystring'],
  ['body', 'body'],
];

function schemaOf(route: RouteOptions, key: 'params' | 'querystring' | 'body'): TSchema | undefined {
  return (route.schema as Record<string, TSchema | undefined> | undefined)?.[key];
}

/**
 * The one place where the ids a client sends are checked against what the caller may see
 * (issue 7: isolation). Every route's request schema is read when the route is registered:
 * a uuid field must say which kind of record it names (`RefId(kind)`), or the app refuses to
 * start; then, after validation and before the handler, each named record must be visible to
 * the caller, or the request answers the same 404 as for an id that does not exist.
 */
export function registerRefChecks(app: FastifyInstance, services: Services): void {
  app.addHook('onRoute', (route) => {
    const unmarked: string[] = [];
    let hasRefs = false;
    for (const [part, key] of PARTS)
      eachUuidField(schemaOf(route, key), (path, kind) => {
        if (kind === 'exempt') return;
        if (kind) hasRefs = true;
        else unmarked.push(`${part}${path}`);
      });
    const where = `${String(route.method)} ${route.url}`;
    if (unmarked.length > 0)
      throw new Error(`${where}: uuid fields must name their kind with RefId(kind): ${unmarked.join(', ')}`);
    if (!hasRefs) return;

    const check: preHandlerAsyncHookHandler = async (req: FastifyRequest) => {
      const refs: FoundRef[] = PARTS.flatMap(([part, key]) => refsIn(schemaOf(route, key), req[part], part));
      if (refs.length === 0) return;
      // Only signed-in callers reach a route with references (the auth hook answers 401 first);
      // a public route naming records would be a mistake: refuse rather than skip the check.
      if (!req.actor) throw new DomainError('not_found', { entity: refs[0]!.kind });
      await services.refs(req.actor, refs);
    };
    const existing = route.preHandler;
    route.preHandler = [check, ...(Array.isArray(existing) ? existing : existing ? [existing] : [])];
  });
}
