import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema } from '@ungcuu/domain/api-shapes.ts';
import { SHARING_LIMITS } from '@ungcuu/domain/sharing/advisory.ts';
import {
  ComplianceQuerySchema,
  MyTargetSchema,
  RespondInputSchema,
  TargetingPreviewInputSchema,
  TargetPreviewSchema,
  UnitComplianceQuerySchema,
  UnitComplianceSchema,
  WarningComplianceSchema,
  WarningDetailSchema,
  WarningDraftSchema,
  WarningFileParams,
  WarningFileViewSchema,
  WarningListQuerySchema,
  WarningPageSchema,
  WarningPatchSchema,
  WarningTimelineSchema,
  WarningUnitParams,
} from '@ungcuu/domain/warnings/warning-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';
import { FileDownload, sendFile, uploadedFile } from '../file-transfer.ts';

const tags = ['warnings'];
const MAX_UPLOAD = 25 * 1024 * 1024;
/** A CVE record is a few kilobytes; a megabyte is generous. */
const MAX_CVE_BYTES = 1024 * 1024;

// Warnings to units (issue 11): the focal office drafts, imports, previews and publishes; units
// acknowledge and report with evidence; compliance per warning and per unit.
export async function warningsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const params = RefParams('warning');
  const w = services.warnings;
  const r = services.warningResponses;

  app.get(
    '/api/warnings',
    { schema: { tags, querystring: WarningListQuerySchema, response: { 200: WarningPageSchema } } },
    async (req) => ({
      ...(await w.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.post(
    '/api/warnings',
    { schema: { tags, body: WarningDraftSchema, response: { 201: WarningDetailSchema } } },
    async (req, reply) => reply.status(201).send(await w.create(actorOf(req), req.body)),
  );
  app.post(
    '/api/warnings/import/cve',
    {
      bodyLimit: MAX_CVE_BYTES + 64 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'A CVE record in the CVE JSON 5.x format, in the field "file": a new draft.',
        response: { 201: WarningDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, MAX_CVE_BYTES, '1 MB');
      return reply.status(201).send(await w.importCve(actor, file.bytes));
    },
  );
  app.post(
    '/api/warnings/import/shared',
    {
      bodyLimit: SHARING_LIMITS.maxBytes + 64 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'A MISP event JSON or a STIX 2.1 bundle in the field "file" (at most 5 MB): a new draft with its title, description, TLP, CVEs, indicators and products; refused whole when anything is wrong.',
        response: { 201: WarningDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, SHARING_LIMITS.maxBytes, '5 MB');
      return reply.status(201).send(await w.importShared(actor, file.bytes.toString('utf8')));
    },
  );
  for (const format of ['misp', 'stix'] as const) {
    app.get(
      `/api/warnings/:id/export.${format}.json`,
      {
        schema: {
          tags,
          description:
            format === 'misp'
              ? 'The warning as a MISP event JSON (TLP as the event tag). Audited.'
              : 'The warning as a STIX 2.1 bundle (TLP 2.0 marking definition, stable ids). Audited.',
          params,
          response: { 200: FileDownload(['application/json']) },
        },
      },
      async (req, reply) => sendFile(reply, await w.exportShared(actorOf(req), req.params.id, format)),
    );
  }
  app.post(
    '/api/warnings/targeting-preview',
    { schema: { tags, body: TargetingPreviewInputSchema, response: { 200: TargetPreviewSchema } } },
    async (req) => w.preview(actorOf(req), req.body),
  );
  app.get(
    '/api/warnings/:id',
    { schema: { tags, params, response: { 200: WarningDetailSchema } } },
    async (req) => w.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/warnings/:id',
    {
      schema: {
        tags,
        params,
        body: WarningPatchSchema,
        querystring: VersionQuery,
        response: { 200: WarningDetailSchema },
      },
    },
    async (req) => w.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/warnings/:id',
    { schema: { tags, params, response: { 200: DeletedSchema } } },
    async (req) => w.remove(actorOf(req), req.params.id),
  );
  app.post(
    '/api/warnings/:id/publish',
    { schema: { tags, params, response: { 200: WarningDetailSchema } } },
    async (req) => w.publish(actorOf(req), req.params.id),
  );
  app.post(
    '/api/warnings/:id/close',
    { schema: { tags, params, response: { 200: WarningDetailSchema } } },
    async (req) => w.close(actorOf(req), req.params.id),
  );
  app.post(
    '/api/warnings/:id/acknowledge',
    { schema: { tags, params, response: { 200: MyTargetSchema } } },
    async (req) => r.acknowledge(actorOf(req), req.params.id),
  );
  app.post(
    '/api/warnings/:id/respond',
    { schema: { tags, params, body: RespondInputSchema, response: { 200: MyTargetSchema } } },
    async (req) => r.respond(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/warnings/:id/files',
    {
      bodyLimit: MAX_UPLOAD + 1024 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'One file (at most 25 MB) in the field "file": the focal office attaches it to the warning, a unit adds it as evidence of its report.',
        params,
        response: { 201: WarningFileViewSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, MAX_UPLOAD, '25 MB');
      return reply
        .status(201)
        .send(await r.upload(actor, req.params.id, { filename: file.filename, bytes: file.bytes }));
    },
  );
  app.get(
    '/api/warnings/:id/files/:fileId',
    {
      schema: {
        tags,
        params: WarningFileParams,
        response: { 200: FileDownload(['application/octet-stream']) },
      },
    },
    async (req, reply) => {
      const file = await r.download(actorOf(req), req.params.id, req.params.fileId);
      return sendFile(reply, file);
    },
  );
  app.get(
    '/api/warnings/:id/compliance',
    {
      schema: {
        tags,
        params,
        querystring: ComplianceQuerySchema,
        response: { 200: WarningComplianceSchema },
      },
    },
    async (req) => r.compliance(actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/api/warnings/:id/timeline',
    { schema: { tags, params, response: { 200: WarningTimelineSchema } } },
    async (req) => r.timeline(actorOf(req), req.params.id),
  );
  app.get(
    '/api/units/:id/warnings',
    {
      schema: {
        tags,
        params: WarningUnitParams,
        querystring: UnitComplianceQuerySchema,
        response: { 200: UnitComplianceSchema },
      },
    },
    async (req) => r.ofUnit(actorOf(req), req.params.id, req.query),
  );
}
