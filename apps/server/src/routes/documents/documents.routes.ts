import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Mau05FileParamsSchema,
  Mau05InputSchema,
  Mau05ParamsSchema,
  Mau05Schema,
  PlanCreateInputSchema,
  PlanFileParamsSchema,
  PlanListSchema,
  PlanParamsSchema,
  PlanSchema,
  PlanSectionInputSchema,
  PlanSectionParamsSchema,
  PlanSectionVersionsSchema,
  PlanUpdateInputSchema,
  ReportSentInputSchema,
} from '@ungcuu/domain/documents/documents-api.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { DOCX_TYPE, FileDownload, PDF_TYPE, sendFile } from '../file-transfer.ts';
import type { RouteDeps } from '../index.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Mẫu 05 per period and the annual plan (issue 12); both named by their period or year. */
export async function documentsRoutes(base: FastifyInstance, { services }: Pick<RouteDeps, 'services'>) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['reports'];

  app.get(
    '/api/reports/mau05/:kind/:year',
    { schema: { tags, params: Mau05ParamsSchema, response: { 200: Mau05Schema } } },
    async (req) => services.mau05.get(actorOf(req), req.params.kind, req.params.year),
  );
  app.put(
    '/api/reports/mau05/:kind/:year',
    { schema: { tags, params: Mau05ParamsSchema, body: Mau05InputSchema, response: { 200: Mau05Schema } } },
    async (req) => services.mau05.save(actorOf(req), req.params.kind, req.params.year, req.body),
  );
  app.get(
    '/api/reports/mau05/:kind/:year/document.:format',
    {
      schema: {
        tags,
        params: Mau05FileParamsSchema,
        response: { 200: FileDownload([DOCX_TYPE, PDF_TYPE, XLSX]) },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await services.mau05.render(actorOf(req), req.params.kind, req.params.year, req.params.format),
      ),
  );
  app.post(
    '/api/reports/mau05/:kind/:year/sent',
    {
      schema: {
        tags,
        params: Mau05ParamsSchema,
        body: ReportSentInputSchema,
        response: { 200: Mau05Schema },
      },
    },
    async (req) => services.mau05.recordSent(actorOf(req), req.params.kind, req.params.year, req.body),
  );

  app.get(
    '/api/reports/activity/:kind/:year/:n/document.:format',
    {
      schema: {
        tags,
        params: Type.Object(
          {
            kind: Type.Union([Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year')]),
            year: Type.Integer({ minimum: 2000, maximum: 2200 }),
            n: Type.Integer({ minimum: 1, maximum: 12 }),
            format: Type.Union([Type.Literal('docx'), Type.Literal('pdf')]),
          },
          { additionalProperties: false },
        ),
        response: { 200: FileDownload([DOCX_TYPE, PDF_TYPE]) },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await services.activityReport.render(
          actorOf(req),
          req.params.kind,
          req.params.year,
          req.params.n,
          req.params.format,
        ),
      ),
  );

  app.get(
    '/api/units/:id/documents/:form.:format',
    {
      schema: {
        tags,
        params: Type.Object(
          {
            id: RefId('unit'),
            form: Type.Union([Type.Literal('mau01'), Type.Literal('mau02')]),
            format: Type.Union([Type.Literal('docx'), Type.Literal('pdf')]),
          },
          { additionalProperties: false },
        ),
        response: { 200: FileDownload([DOCX_TYPE, PDF_TYPE]) },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await services.memberForms.render(actorOf(req), req.params.id, req.params.form, req.params.format),
      ),
  );

  app.get('/api/plans', { schema: { tags, response: { 200: PlanListSchema } } }, async (req) =>
    services.plans.list(actorOf(req)),
  );
  app.post(
    '/api/plans',
    { schema: { tags, body: PlanCreateInputSchema, response: { 200: PlanSchema } } },
    async (req) => services.plans.create(actorOf(req), req.body),
  );
  app.get(
    '/api/plans/:year',
    { schema: { tags, params: PlanParamsSchema, response: { 200: PlanSchema } } },
    async (req) => services.plans.get(actorOf(req), req.params.year),
  );
  app.patch(
    '/api/plans/:year',
    {
      schema: { tags, params: PlanParamsSchema, body: PlanUpdateInputSchema, response: { 200: PlanSchema } },
    },
    async (req) => services.plans.update(actorOf(req), req.params.year, req.body),
  );
  app.put(
    '/api/plans/:year/sections/:key',
    {
      schema: {
        tags,
        params: PlanSectionParamsSchema,
        body: PlanSectionInputSchema,
        response: { 200: PlanSchema },
      },
    },
    async (req) => services.plans.editSection(actorOf(req), req.params.year, req.params.key, req.body),
  );
  app.post(
    '/api/plans/:year/sections/:key/regenerate',
    { schema: { tags, params: PlanSectionParamsSchema, response: { 200: PlanSchema } } },
    async (req) => services.plans.regenerateSection(actorOf(req), req.params.year, req.params.key),
  );
  app.get(
    '/api/plans/:year/sections/:key/versions',
    { schema: { tags, params: PlanSectionParamsSchema, response: { 200: PlanSectionVersionsSchema } } },
    async (req) => services.plans.versions(actorOf(req), req.params.year, req.params.key),
  );
  app.get(
    '/api/plans/:year/document.:format',
    {
      schema: { tags, params: PlanFileParamsSchema, response: { 200: FileDownload([DOCX_TYPE, PDF_TYPE]) } },
    },
    async (req, reply) =>
      sendFile(reply, await services.plans.render(actorOf(req), req.params.year, req.params.format)),
  );
}
