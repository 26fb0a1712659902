import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { OkSchema } from '@ungcuu/domain/incidents/incident-api.ts';
import {
  CommentCreatedSchema,
  CommentListSchema,
  EscalationListSchema,
  EscalationSentSchema,
  EvidenceListSchema,
  EvidenceViewSchema,
  IncidentLinkListSchema,
  ObservableAddedSchema,
  ObservableListSchema,
} from '@ungcuu/domain/incidents/incident-work-api.ts';
import {
  CommentSchema,
  EscalateSchema,
  LinkSchema,
  ObservableInputSchema,
  TimelineEntrySchema,
} from '@ungcuu/domain/incidents/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';
import { FileDownload, sendFile } from '../file-transfer.ts';

const MAX_UPLOAD = 25 * 1024 * 1024;

// Work on an incident: comments, manual timeline, observables, links, evidence, escalation.
export async function incidentWorkRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incident work'];
  const params = RefParams('incident');

  app.get(
    '/api/incidents/:id/comments',
    { schema: { tags, params, response: { 200: CommentListSchema } } },
    async (req) => ({ items: await services.collaboration.listComments(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/comments',
    { schema: { tags, params, body: CommentSchema, response: { 201: CommentCreatedSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.collaboration.comment(actorOf(req), req.params.id, req.body.body)),
  );
  app.post(
    '/api/incidents/:id/timeline',
    { schema: { tags, params, body: TimelineEntrySchema, response: { 201: OkSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.collaboration.addTimelineEntry(
            actorOf(req),
            req.params.id,
            req.body.at,
            req.body.text,
          ),
        ),
  );
  app.get(
    '/api/incidents/:id/observables',
    { schema: { tags, params, response: { 200: ObservableListSchema } } },
    async (req) => ({ items: await services.collaboration.listObservables(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/observables',
    { schema: { tags, params, body: ObservableInputSchema, response: { 201: ObservableAddedSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.collaboration.addObservable(actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/incidents/:id/links',
    { schema: { tags, params, response: { 200: IncidentLinkListSchema } } },
    async (req) => ({ items: await services.collaboration.listLinks(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/links',
    { schema: { tags, params, body: LinkSchema, response: { 201: OkSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.collaboration.link(actorOf(req), req.params.id, req.body.otherId, req.body.kind),
        ),
  );

  app.get(
    '/api/incidents/:id/evidence',
    { schema: { tags, params, response: { 200: EvidenceListSchema } } },
    async (req) => ({ items: await services.evidence.list(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/evidence',
    {
      bodyLimit: MAX_UPLOAD + 1024 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'One file (at most 25 MB) in the field "file", an optional "description".',
        params,
        response: { 201: EvidenceViewSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await req.file({ limits: { fileSize: MAX_UPLOAD, files: 1 } }).catch(() => undefined);
      if (!file) throw new DomainError('validation.failed', { detail: 'multipart field "file" missing' });
      const bytes = await file.toBuffer().catch(() => {
        throw new DomainError('file.too_large', { max: '25 MB' });
      });
      const description =
        typeof (file.fields.description as { value?: unknown } | undefined)?.value === 'string'
          ? String((file.fields.description as { value: string }).value).slice(0, 2000)
          : undefined;
      return reply.status(201).send(
        await services.evidence.upload(actor, req.params.id, {
          filename: file.filename,
          contentType: file.mimetype,
          bytes,
          description,
        }),
      );
    },
  );
  app.get(
    '/api/incidents/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        description: 'The stored file as uploaded, with its SHA-256 in x-content-sha256.',
        params: Type.Object({ id: RefId('incident'), evidenceId: RefId('evidence') }),
        response: { 200: FileDownload(['application/octet-stream']) },
      },
    },
    async (req, reply) => {
      const file = await services.evidence.download(actorOf(req), req.params.id, req.params.evidenceId);
      return sendFile(reply.header('x-content-sha256', file.sha256), file);
    },
  );

  app.get(
    '/api/incidents/:id/escalations',
    { schema: { tags, params, response: { 200: EscalationListSchema } } },
    async (req) => ({ items: await services.escalations.list(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/escalations',
    { schema: { tags, params, body: EscalateSchema, response: { 201: EscalationSentSchema } } },
    async (req, reply) =>
      reply.status(201).send(await services.escalations.escalate(actorOf(req), req.params.id, req.body)),
  );
}
