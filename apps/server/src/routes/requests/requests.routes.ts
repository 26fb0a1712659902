import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { XLSX_TYPE } from '@ungcuu/core/export/tabular-export.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import {
  AnswerInputSchema,
  ReopenInputSchema,
  RequestDetailSchema,
  RequestInputSchema,
  RequestListQuerySchema,
  RequestListSchema,
  RequestTemplateListSchema,
} from '@ungcuu/domain/requests/request-api.ts';
import { REQUEST_TEMPLATES } from '@ungcuu/domain/requests/request-form.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';
import { FileDownload, sendFile } from '../file-transfer.ts';
import type { RouteDeps } from '../index.ts';

// Requests to units (issue 11): scan campaigns and data calls the focal office sends, answered
// per unit; compliance, totals and the XLSX of the answers for the focal office.
export async function requestsRoutes(base: FastifyInstance, { services }: RouteDeps) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['requests'];
  const params = RefParams('unit_request');

  app.get(
    '/api/requests',
    { schema: { tags, querystring: RequestListQuerySchema, response: { 200: RequestListSchema } } },
    async (req) => services.requests.list(actorOf(req), req.query),
  );
  app.get(
    '/api/request-templates',
    { schema: { tags, response: { 200: RequestTemplateListSchema } } },
    async (req) => {
      actorOf(req);
      return { items: [...REQUEST_TEMPLATES] };
    },
  );
  app.post(
    '/api/requests',
    { schema: { tags, body: RequestInputSchema, response: { 201: RequestDetailSchema } } },
    async (req, reply) => reply.status(201).send(await services.requests.send(actorOf(req), req.body)),
  );
  app.get(
    '/api/requests/:id',
    { schema: { tags, params, response: { 200: RequestDetailSchema } } },
    async (req) => services.requests.get(actorOf(req), req.params.id),
  );
  app.put(
    '/api/requests/:id/answer',
    {
      schema: {
        tags,
        description: "The caller's unit's answer: a draft (submit false) or the final answer (submit true).",
        params,
        body: AnswerInputSchema,
        response: { 200: RequestDetailSchema },
      },
    },
    async (req) => services.requests.answer(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/requests/:id/answers/:unitId/reopen',
    {
      schema: {
        tags,
        params: Type.Object({ id: RefId('unit_request'), unitId: RefId('unit') }),
        body: ReopenInputSchema,
        response: { 200: RequestDetailSchema },
      },
    },
    async (req) => services.requests.reopen(actorOf(req), req.params.id, req.params.unitId, req.body.reason),
  );
  app.post(
    '/api/requests/:id/close',
    { schema: { tags, params, response: { 200: RequestDetailSchema } } },
    async (req) => services.requests.close(actorOf(req), req.params.id),
  );
  app.get(
    '/api/requests/:id/answers.xlsx',
    { schema: { tags, params, response: { 200: FileDownload([XLSX_TYPE]) } } },
    async (req, reply) => sendFile(reply, await services.requests.exportXlsx(actorOf(req), req.params.id)),
  );
}
