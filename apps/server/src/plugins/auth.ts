import cookie from '@fastify/cookie';
import type { SessionPrincipal } from '@ungcuu/core/auth/auth.service.ts';
import type { Config } from '@ungcuu/core/config.ts';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import { parseRevocation, REVOCATIONS_CHANNEL } from '@ungcuu/core/events/change-bus.ts';
import type { Services } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import { scopeAllows, type TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'ungcuu_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Reachable while a one-time password must be changed or a required second factor set up.
const ALWAYS_ALLOWED = /^\/api\/auth\//;

declare module 'fastify' {
  interface FastifyRequest {
    actor: RequestActor | null;
    session: SessionPrincipal | null;
  }
  interface FastifyContextConfig {
    /** Token scope a bearer token needs for this route; default read for GET, write otherwise. */
    tokenScope?: TokenScope;
    /** Routes anyone may call (health, sign-in, public intake). */
    public?: boolean;
  }
}

export function cookieOptions(config: Config, req: FastifyRequest, expires?: Date) {
  const secure = config.cookieSecure === 'auto' ? req.protocol === 'https' : config.cookieSecure;
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, ...(expires ? { expires } : {}) };
}

/**
 * Resolves who is calling: a session cookie (browsers) or a bearer API token (integrations).
 * Cookie-authenticated writes must carry the session's CSRF token in x-csrf-token.
 */
export async function registerAuth(
  app: FastifyInstance,
  services: Services,
  handle?: Pick<DatabaseHandle, 'listen'>,
): Promise<void> {
  await app.register(cookie);
  // A revocation in any process ends what this process remembers of that person's tokens.
  if (handle) {
    const unlisten = await handle.listen(REVOCATIONS_CHANNEL, (payload) => {
      const notice = parseRevocation(payload);
      services.tokens.forget(notice?.userId);
    });
    app.addHook('onClose', async () => {
      await unlisten();
    });
  }
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const meta = { ip: req.ip, requestId: req.id };
    const authz = req.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      const actor = await services.tokens.resolve(authz.slice(7).trim(), meta);
      if (!actor) throw new DomainError('auth.required');
      if (
        req.routeOptions.url !== undefined &&
        req.routeOptions.config?.tokenScope === undefined &&
        req.url.startsWith('/api/auth/')
      ) {
        // Sessions, passwords and second factors are for people, not for integration tokens.
        throw new DomainError('auth.token_scope');
      }
      const need: TokenScope =
        req.routeOptions.config?.tokenScope ?? (UNSAFE_METHODS.has(req.method) ? 'write' : 'read');
      if (!scopeAllows(actor.tokenScopes ?? [], need)) throw new DomainError('auth.token_scope');
      req.actor = actor;
      return;
    }
    const isPublic = req.routeOptions.config?.public === true || req.routeOptions.url === undefined;
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await services.auth.resolveSession(token, meta) : null;
    if (!session) {
      // 401 before anything else, validation included: an anonymous caller learns nothing.
      if (!isPublic) throw new DomainError('auth.required');
      return;
    }
    if (UNSAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new DomainError('auth.csrf');
    }
    if (!ALWAYS_ALLOWED.test(req.url)) {
      if (session.mustChangePassword) throw new DomainError('auth.password_change_required');
      if (session.totpSetupRequired) throw new DomainError('auth.totp_setup_required');
    }
    req.session = session;
    req.actor = session;
  });
}

/**
 * The credential this request came with, checked again later: an open event stream outlives its
 * request and must end once the session or token behind it does. Never slides a session's expiry.
 */
export function credentialCheck(req: FastifyRequest, services: Services): () => Promise<RequestActor | null> {
  const meta = { ip: req.ip, requestId: req.id };
  const authz = req.headers.authorization;
  if (authz?.startsWith('Bearer ')) {
    const secret = authz.slice(7).trim();
    return () => services.tokens.resolve(secret, meta);
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return async () => null;
  return () => services.auth.resolveSession(token, meta, { touch: false });
}

/** For handlers: the caller, or 401. */
export function actorOf(req: FastifyRequest): RequestActor {
  if (!req.actor) throw new DomainError('auth.required');
  return req.actor;
}

export function sessionOf(req: FastifyRequest): SessionPrincipal {
  if (!req.session) throw new DomainError('auth.required');
  return req.session;
}

export function clearSessionCookie(reply: FastifyReply, config: Config, req: FastifyRequest): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config, req));
}
