import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { MAX_EVIDENCE_BYTES } from '@ungcuu/core/inspections/inspection-conduct.service.ts';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AnswersInputSchema,
  CompareQuerySchema,
  CompareViewSchema,
  CompleteInspectionSchema,
  EvidenceViewSchema,
  InspectionDetailSchema,
  InspectionListQuerySchema,
  InspectionPageSchema,
  InspectionPatchSchema,
  InspectionPlanSchema,
  InspectionPlanYearSchema,
  RemediationDoneSchema,
  RemediationListQuerySchema,
  RemediationPageSchema,
  RemediationTaskViewSchema,
  TemplateViewSchema,
} from '@ungcuu/domain/inspections/inspection-api.ts';
import { InspectionTemplateSchema } from '@ungcuu/domain/inspections/template.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';
import { DOCX_TYPE, FileDownload, PDF_TYPE, sendFile, uploadedFile } from '../file-transfer.ts';

const tags = ['inspections'];

// Annual inspections (seed IV.1): templates, planning, answers with evidence, completion into
// remediation tasks, the Word report, and the year-over-year comparison.
export async function inspectionsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/inspection-templates',
    { schema: { tags, response: { 200: Type.Object({ items: Type.Array(TemplateViewSchema) }) } } },
    async (req) => services.inspections.listTemplates(actorOf(req)),
  );
  app.get(
    '/api/inspection-templates/:id',
    { schema: { tags, params: RefParams('inspection_template'), response: { 200: TemplateViewSchema } } },
    async (req) => services.inspections.getTemplate(actorOf(req), req.params.id),
  );
  app.post(
    '/api/inspection-templates',
    { schema: { tags, body: InspectionTemplateSchema, response: { 201: TemplateViewSchema } } },
    async (req, reply) =>
      reply.status(201).send(await services.inspections.createTemplate(actorOf(req), req.body)),
  );

  app.get(
    '/api/inspections',
    { schema: { tags, querystring: InspectionListQuerySchema, response: { 200: InspectionPageSchema } } },
    async (req) => ({
      ...(await services.inspections.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/inspections/compare',
    { schema: { tags, querystring: CompareQuerySchema, response: { 200: CompareViewSchema } } },
    async (req) => services.inspections.compare(actorOf(req), req.query),
  );
  app.post(
    '/api/inspections',
    { schema: { tags, body: InspectionPlanSchema, response: { 201: InspectionDetailSchema } } },
    async (req, reply) => reply.status(201).send(await services.inspections.plan(actorOf(req), req.body)),
  );
  app.post(
    '/api/inspections/plan-year',
    {
      schema: {
        tags,
        body: InspectionPlanYearSchema,
        response: {
          201: Type.Object({ year: Type.Integer(), created: Type.Integer(), skipped: Type.Integer() }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await services.inspections.planYear(actorOf(req), req.body)),
  );
  app.get(
    '/api/inspections/:id',
    { schema: { tags, params: RefParams('inspection'), response: { 200: InspectionDetailSchema } } },
    async (req) => services.inspections.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/inspections/:id',
    {
      schema: {
        tags,
        params: RefParams('inspection'),
        body: InspectionPatchSchema,
        response: { 200: InspectionDetailSchema },
      },
    },
    async (req) => services.inspections.updatePlan(actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/inspections/:id/answers',
    {
      schema: {
        tags,
        params: RefParams('inspection'),
        body: AnswersInputSchema,
        response: { 200: InspectionDetailSchema },
      },
    },
    async (req) => services.inspectionConduct.answer(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/inspections/:id/items/:itemKey/evidence',
    {
      bodyLimit: MAX_EVIDENCE_BYTES + 64 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'One evidence file (at most 10 MB) in the field "file"; stored with its SHA-256.',
        params: Type.Object({
          id: RefId('inspection'),
          itemKey: Type.String({ pattern: '^[a-z0-9_.]+$', maxLength: 80 }),
        }),
        response: { 201: EvidenceViewSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, MAX_EVIDENCE_BYTES, '10 MB');
      return reply
        .status(201)
        .send(
          await services.inspectionConduct.uploadEvidence(actor, req.params.id, req.params.itemKey, file),
        );
    },
  );
  app.get(
    '/api/inspections/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        params: Type.Object({ id: RefId('inspection'), evidenceId: RefId('inspection_evidence') }),
        response: { 200: FileDownload(['application/octet-stream']) },
      },
    },
    async (req, reply) => {
      const file = await services.inspectionConduct.evidence(
        actorOf(req),
        req.params.id,
        req.params.evidenceId,
      );
      return sendFile(reply, file);
    },
  );
  app.post(
    '/api/inspections/:id/complete',
    {
      schema: {
        tags,
        params: RefParams('inspection'),
        body: CompleteInspectionSchema,
        response: { 200: InspectionDetailSchema },
      },
    },
    async (req) => services.inspectionConduct.complete(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/inspections/:id/report.docx',
    { schema: { tags, params: RefParams('inspection'), response: { 200: FileDownload([DOCX_TYPE]) } } },
    async (req, reply) =>
      sendFile(reply, await services.inspectionConduct.report(actorOf(req), req.params.id)),
  );
  app.get(
    '/api/inspections/:id/report.pdf',
    { schema: { tags, params: RefParams('inspection'), response: { 200: FileDownload([PDF_TYPE]) } } },
    async (req, reply) =>
      sendFile(reply, await services.inspectionConduct.report(actorOf(req), req.params.id, 'pdf')),
  );

  app.get(
    '/api/remediation-tasks',
    { schema: { tags, querystring: RemediationListQuerySchema, response: { 200: RemediationPageSchema } } },
    async (req) => ({
      ...(await services.remediation.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/remediation-tasks/:id',
    { schema: { tags, params: RefParams('remediation_task'), response: { 200: RemediationTaskViewSchema } } },
    async (req) => services.remediation.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/remediation-tasks/:id/done',
    {
      schema: {
        tags,
        params: RefParams('remediation_task'),
        body: RemediationDoneSchema,
        response: { 200: RemediationTaskViewSchema },
      },
    },
    async (req) => services.remediation.markDone(actorOf(req), req.params.id, req.body),
  );
}
