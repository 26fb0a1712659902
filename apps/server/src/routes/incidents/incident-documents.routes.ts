import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  DOC_FORMS,
  DocumentSentSchema,
  OfficialDocumentListSchema,
} from '@ungcuu/domain/incidents/incident-work-api.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';
import { DOCX_TYPE, FileDownload, PDF_TYPE, sendFile } from '../file-transfer.ts';

/** Official report documents (Mẫu 03, Mẫu 04) as DOCX or PDF, and when each was sent and to whom. */
export async function incidentDocumentRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['incident documents'];
  const Form = Type.Union(DOC_FORMS.map((form) => Type.Literal(form)));
  app.get(
    '/api/incidents/:id/documents',
    { schema: { tags, params: RefParams('incident'), response: { 200: OfficialDocumentListSchema } } },
    async (req) => ({ items: await services.incidentDocs.list(actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/incidents/:id/documents/:form.docx',
    {
      schema: {
        tags,
        params: Type.Object({ id: RefId('incident'), form: Form }),
        response: { 200: FileDownload([DOCX_TYPE]) },
      },
    },
    async (req, reply) => {
      const doc = await services.incidentDocs.render(actorOf(req), req.params.id, req.params.form);
      return reply
        .header('content-type', DOCX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .send(doc.bytes);
    },
  );
  app.get(
    '/api/incidents/:id/documents/:form.pdf',
    {
      schema: {
        tags,
        params: Type.Object({ id: RefId('incident'), form: Form }),
        response: { 200: FileDownload([PDF_TYPE]) },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await services.incidentDocs.render(actorOf(req), req.params.id, req.params.form, 'pdf'),
      ),
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
        response: { 200: DocumentSentSchema },
      },
    },
    async (req) => services.incidentDocs.recordSent(actorOf(req), req.params.id, req.params.form, req.body),
  );
}
