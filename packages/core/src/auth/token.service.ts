import type { TokenView } from '@ungcuu/domain/auth/token-api.ts';
import type { TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { isRole } from '@ungcuu/domain/org/roles.ts';
import type { ApiTokenRow } from '../db/schema.ts';
import { onRevocationWritten, publishRevocation } from '../events/change-bus.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { newSecret, sha256 } from './secret-token.ts';
import * as repo from './token.repository.ts';

const TOKEN_PREFIX = 'ucu_';

function tokenView(row: ApiTokenRow): TokenView {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    // Written only from the create schema's scope list.
    scopes: row.scopes as TokenScope[],
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

// Bearer tokens resolved in the last moments, by their secret's hash (issue 13: a machine filing
// thousands of reports a second would otherwise read its token thousands of times). A revocation
// ends the entry at once: when this process writes it (before its commit) and when any process's
// notice arrives (after its commit, `forget`). A person's changed roles reach a token within TTL.
const RESOLVED_TTL_MS = 2_000;
const RESOLVED_MAX = 10_000;
type Resolved = NonNullable<Awaited<ReturnType<typeof repo.findTokenWithOwnerByHash>>>;

export function createTokenService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const resolved = new Map<string, { row: Resolved; until: number }>();
  // Bumped by every revocation: a lookup that began before it does not fill the cache.
  let revocations = 0;
  const forget = (userId?: string) => {
    revocations += 1;
    if (userId === undefined) resolved.clear();
    else for (const [hash, entry] of resolved) if (entry.row.user_id === userId) resolved.delete(hash);
  };
  onRevocationWritten(forget);

  async function lookup(hash: string): Promise<Resolved | undefined> {
    const at = Date.now();
    const cached = resolved.get(hash);
    if (cached && cached.until > at) return cached.row;
    const seen = revocations;
    const row = await repo.findTokenWithOwnerByHash(db, hash);
    if (row && seen === revocations) {
      if (resolved.size >= RESOLVED_MAX) resolved.clear();
      resolved.set(hash, { row, until: at + RESOLVED_TTL_MS });
    } else resolved.delete(hash);
    return row;
  }

  return {
    /** Drops what was cached of a person's tokens (a revocation notice from any process), or all. */
    forget,

    async list(actor: RequestActor) {
      const ownerId = actor.roles.includes('admin') ? null : actor.userId;
      return (await repo.listTokens(db, ownerId)).map(tokenView);
    },

    /** The secret is returned once; only its hash is kept. */
    async create(
      actor: RequestActor,
      input: { name: string; scopes: string[]; expiresAt?: string | undefined },
    ) {
      if (
        !actor.roles.some(
          (r) => r === 'admin' || r === 'coordinator' || r === 'unit_officer' || r === 'responder',
        )
      ) {
        throw new DomainError('forbidden');
      }
      // Tokens are made by people in a session: a leaked token that could mint others would
      // outlive its own revocation.
      if (actor.tokenScopes) throw new DomainError('auth.token_scope');
      const secret = `${TOKEN_PREFIX}${newSecret(30)}`;
      return mutate(deps, actor, async ({ trx, audit }) => {
        const row = await repo.insertToken(trx, {
          user_id: actor.userId,
          name: input.name.trim(),
          token_hash: sha256(secret),
          prefix: secret.slice(0, 10),
          scopes: input.scopes,
          expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
          last_used_at: null,
          revoked_at: null,
        });
        await audit({
          action: 'token.create',
          entityType: 'api_token',
          entityId: row.id,
          unitId: actor.unitId,
          after: tokenView(row),
        });
        return { token: tokenView(row), secret };
      });
    },

    async revoke(actor: RequestActor, id: string) {
      const row = await repo.findTokenById(db, id);
      // Someone else's token is, to a non-administrator, not there (issue 7: 404, not 403).
      if (!row || (row.user_id !== actor.userId && !actor.roles.includes('admin')))
        throw new DomainError('not_found', { entity: 'token' });
      const view = await mutate(deps, actor, async ({ trx, audit }) => {
        const after = await repo.revokeToken(trx, id, clock.now());
        // Streams opened with this token end at once, in every process.
        await publishRevocation(trx, row.user_id);
        await audit({
          action: 'token.revoke',
          entityType: 'api_token',
          entityId: id,
          unitId: actor.unitId,
          before: tokenView(row),
          after: tokenView(after),
        });
        return tokenView(after);
      });
      // Committed: no request of this process may go on with the token (the notice tells the others).
      forget(row.user_id);
      return view;
    },

    /** Bearer authentication: the token's owner, bounded by the token's scopes. */
    async resolve(
      secret: string,
      meta: { ip: string | null; requestId: string | null },
    ): Promise<RequestActor | null> {
      if (!secret.startsWith(TOKEN_PREFIX)) return null;
      const now = clock.now();
      const row = await lookup(sha256(secret));
      if (!row || row.revoked_at || row.disabled) return null;
      if (row.expires_at && new Date(row.expires_at) <= now) return null;
      if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
        // Noted once a minute; the cached row learns it too, so the next requests do not write again.
        row.last_used_at = now;
        await repo.markTokenUsed(db, row.id, now);
      }
      return {
        userId: row.user_id,
        unitId: row.unit_id,
        roles: row.roles.filter(isRole),
        label: `${row.username} (token)`,
        ip: meta.ip,
        requestId: meta.requestId,
        tokenScopes: row.scopes,
        token: { id: row.id, name: row.name },
      };
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;
