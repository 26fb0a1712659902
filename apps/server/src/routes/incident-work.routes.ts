import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  CommentSchema,
  EscalateSchema,
  LinkSchema,
  ObservableInputSchema,
  TaskInputSchema,
  TaskPatchSchema,
  TaskResponseSchema,
  TimelineEntrySchema,
} from '@ungcuu/domain/incidents/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../plugins/auth.ts';
import { Paging, RefParams } from './common.ts';
import { sendFile } from './systems.routes.ts';

const MAX_UPLOAD = 25 * 1024 * 1024;

// Work on an incident: tasks, comments, manual timeline, observables, links, evidence, escalation.
export async function incidentWorkRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incident work'];
  const EvidenceParams = Type.Object({
    id: RefId('incident'),
    evidenceId: RefId('evidence'),
  });

  app.get('/api/incidents/:id/tasks', { schema: { tags, params: RefParams('incident') } }, async (req) => ({
    items: await services.tasks.listForIncident(actorOf(req), req.params.id),
  }));
  app.post(
    '/api/incidents/:id/tasks',
    { schema: { tags, params: RefParams('incident'), body: TaskInputSchema } },
    async (req, reply) =>
      reply.status(201).send(await services.tasks.create(actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/tasks/mine',
    {
      schema: {
        tags,
        querystring: Type.Object({
          ...Paging,
          status: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 6 })),
        }),
      },
    },
    async (req) => services.tasks.listMine(actorOf(req), req.query),
  );
  app.patch(
    '/api/tasks/:id',
    { schema: { tags, params: RefParams('task'), body: TaskPatchSchema } },
    async (req) => services.tasks.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/tasks/:id/respond',
    { schema: { tags, params: RefParams('task'), body: TaskResponseSchema } },
    async (req) => services.tasks.respond(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/incidents/:id/comments',
    { schema: { tags, params: RefParams('incident') } },
    async (req) => ({
      items: await services.collaboration.listComments(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/incidents/:id/comments',
    { schema: { tags, params: RefParams('incident'), body: CommentSchema } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.collaboration.comment(actorOf(req), req.params.id, req.body.body)),
  );
  app.post(
    '/api/incidents/:id/timeline',
    { schema: { tags, params: RefParams('incident'), body: TimelineEntrySchema } },
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
    { schema: { tags, params: RefParams('incident') } },
    async (req) => ({
      items: await services.collaboration.listObservables(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/incidents/:id/observables',
    { schema: { tags, params: RefParams('incident'), body: ObservableInputSchema } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await services.collaboration.addObservable(actorOf(req), req.params.id, req.body)),
  );
  app.get('/api/incidents/:id/links', { schema: { tags, params: RefParams('incident') } }, async (req) => ({
    items: await services.collaboration.listLinks(actorOf(req), req.params.id),
  }));
  app.post(
    '/api/incidents/:id/links',
    { schema: { tags, params: RefParams('incident'), body: LinkSchema } },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.collaboration.link(actorOf(req), req.params.id, req.body.otherId, req.body.kind),
        ),
  );

  app.get(
    '/api/incidents/:id/evidence',
    { schema: { tags, params: RefParams('incident') } },
    async (req) => ({
      items: await services.evidence.list(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/incidents/:id/evidence',
    { bodyLimit: MAX_UPLOAD + 1024 * 1024, schema: { tags, params: RefParams('incident') } },
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
    { schema: { tags, params: EvidenceParams } },
    async (req, reply) => {
      const file = await services.evidence.download(actorOf(req), req.params.id, req.params.evidenceId);
      return sendFile(reply.header('x-content-sha256', file.sha256), file);
    },
  );

  app.get(
    '/api/incidents/:id/escalations',
    { schema: { tags, params: RefParams('incident') } },
    async (req) => ({
      items: await services.escalations.list(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/incidents/:id/escalations',
    { schema: { tags, params: RefParams('incident'), body: EscalateSchema } },
    async (req, reply) =>
      reply.status(201).send(await services.escalations.escalate(actorOf(req), req.params.id, req.body)),
  );
}

/** Official report documents (Mẫu 03, Mẫu 04) as DOCX, and when each was sent and to whom. */
export async function incidentDocumentRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incident documents'];
  const Form = Type.Union([Type.Literal('mau03'), Type.Literal('mau04')]);
  app.get(
    '/api/incidents/:id/documents',
    { schema: { tags, params: RefParams('incident') } },
    async (req) => ({
      items: await services.incidentDocs.list(actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/api/incidents/:id/documents/:form.docx',
    { schema: { tags, params: Type.Object({ id: RefId('incident'), form: Form }) } },
    async (req, reply) => {
      const doc = await services.incidentDocs.render(actorOf(req), req.params.id, req.params.form);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .send(doc.bytes);
    },
  );
  app.post(
    '/api/incidents/:id/documents/:form/sent',
    {
      schema: {
        tags,
        params: Type.Object({ id: RefId('incident'), form: Form }),
        body: Type.Object(
          {
            sentAt: Type.String({ format: 'date-time' }),
            sentTo: Type.String({ minLength: 2, maxLength: 500 }),
            reference: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => services.incidentDocs.recordSent(actorOf(req), req.params.id, req.params.form, req.body),
  );
}
