import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AuditPageSchema,
  AuditVerificationSchema,
  SignedCheckpointSchema,
} from '@ungcuu/domain/audit/audit-api.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { Paging } from '../common.ts';

// The audit trail: records, verification of the hash chains, signed checkpoints.
export async function auditRoutes(base: FastifyInstance, { services }: { services: Services }) {
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
        response: { 200: AuditPageSchema },
      },
    },
    async (req) => ({
      ...(await services.audit.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], response: { 200: AuditVerificationSchema } } },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.roles.includes('admin')) throw new DomainError('forbidden');
      return services.audit.verify();
    },
  );
  // Signed checkpoints of the trail's heads: taken now, and the latest downloaded to keep off the server.
  app.post(
    '/api/audit/checkpoints',
    { schema: { tags: ['audit'], response: { 201: SignedCheckpointSchema } } },
    async (req, reply) => reply.status(201).send(await services.audit.checkpoints.create(actorOf(req))),
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
        // A file to download: the signed checkpoint as JSON, or the printable page.
        response: {
          200: {
            content: {
              'application/json': { schema: SignedCheckpointSchema },
              'text/plain': { schema: Type.String() },
            },
          },
        },
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
}
