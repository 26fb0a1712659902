import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { detectFormat } from '@ungcuu/core/import/tabular.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { TOKEN_SCOPES } from '@ungcuu/domain/auth/token-scopes.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../plugins/auth.ts';
import { Paging, RefParams } from './common.ts';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

// Audit trail, API tokens and spreadsheet imports.
export async function adminRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: Type.Object({
          ...Paging,
          entityType: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
          actorUserId: Type.Optional(RefId('user')),
          action: Type.Optional(Type.String({ maxLength: 80 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
        }),
      },
    },
    async (req) => ({
      ...(await services.audit.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get('/api/audit/verify', { schema: { tags: ['audit'] } }, async (req) => {
    const actor = actorOf(req);
    if (!actor.roles.includes('admin')) throw new DomainError('forbidden');
    return services.audit.verify();
  });
  // Signed checkpoints of the trail's heads: taken now, and the latest downloaded to keep off the server.
  app.post('/api/audit/checkpoints', { schema: { tags: ['audit'] } }, async (req, reply) =>
    reply.status(201).send(await services.audit.checkpoints.create(actorOf(req))),
  );
  app.get(
    '/api/audit/checkpoints/latest',
    {
      schema: {
        tags: ['audit'],
        querystring: Type.Object({
          format: Type.Optional(
            Type.Union([Type.Literal('json'), Type.Literal('text')], { default: 'json' }),
          ),
        }),
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'json';
      const file = await services.audit.checkpoints.latest(actorOf(req), format);
      return reply
        .header(
          'content-type',
          format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.get('/api/tokens', { schema: { tags: ['tokens'] } }, async (req) => ({
    items: await services.tokens.list(actorOf(req)),
  }));
  app.post(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        body: Type.Object(
          {
            name: Type.String({ minLength: 2, maxLength: 100 }),
            scopes: Type.Array(Type.Union(TOKEN_SCOPES.map((s) => Type.Literal(s))), {
              minItems: 1,
              uniqueItems: true,
            }),
            expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.tokens.create(actorOf(req), { ...req.body, scopes: [...req.body.scopes] })),
  );
  app.delete('/api/tokens/:id', { schema: { tags: ['tokens'], params: RefParams('token') } }, async (req) =>
    services.tokens.revoke(actorOf(req), req.params.id),
  );

  app.post(
    '/api/import/:kind',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['import'],
        params: Type.Object({ kind: Type.Union([Type.Literal('units'), Type.Literal('users')]) }),
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: true })) }),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const file = await req
        .file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })
        .catch(() => undefined);
      if (!file) throw new DomainError('import.bad_file', { detail: 'multipart field "file" missing' });
      const bytes = await file.toBuffer().catch(() => {
        throw new DomainError('file.too_large', { max: '10 MB' });
      });
      return services.orgImport.run(
        actor,
        req.params.kind,
        bytes,
        detectFormat(file.filename, bytes),
        req.query.dryRun ?? true,
      );
    },
  );
}
