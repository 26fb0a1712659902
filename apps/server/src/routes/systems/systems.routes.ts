import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { XLSX_TYPE } from '@ungcuu/core/export/tabular-export.ts';
import { detectFormat } from '@ungcuu/core/import/tabular.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { RefId, UncheckedId } from '@ungcuu/domain/refs.ts';
import { InformationSystemInputSchema } from '@ungcuu/domain/systems/system.ts';
import {
  AtRiskViewSchema,
  DependenciesViewSchema,
  DependencyAddedSchema,
  DependencyInputSchema,
  DependencyRemovedSchema,
  SystemImportReportSchema,
  SystemListQuerySchema,
  SystemPageSchema,
  SystemPatchSchema,
  SystemViewSchema,
} from '@ungcuu/domain/systems/system-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';
import { FileDownload, MAX_IMPORT_BYTES, sendFile, uploadedFile } from '../file-transfer.ts';

const tags = ['systems'];
const { limit: _limit, offset: _offset, ...filterProperties } = SystemListQuerySchema.properties;

// Information systems inventory: CRUD, dependencies, what is at risk (C5), import and export.
export async function systemsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/systems',
    { schema: { tags, querystring: SystemListQuerySchema, response: { 200: SystemPageSchema } } },
    async (req) => ({
      ...(await services.systems.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/systems/export',
    {
      schema: {
        tags,
        querystring: Type.Object({
          ...filterProperties,
          format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }),
        }),
        response: { 200: FileDownload([XLSX_TYPE, 'text/csv']) },
      },
    },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      return sendFile(reply, await services.systemImport.export(actorOf(req), filter, format));
    },
  );
  app.post(
    '/api/systems/import',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'CSV or XLSX in the field "file" (headers as the export writes them, or English keys). A dry run (default) reports every row\'s errors and writes nothing; dryRun=false writes all rows or none.',
        querystring: Type.Object({ dryRun: Type.Boolean({ default: true }) }),
        response: { 200: SystemImportReportSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, MAX_IMPORT_BYTES, '10 MB');
      return services.systemImport.run(
        actor,
        file.bytes,
        detectFormat(file.filename, file.bytes),
        req.query.dryRun,
      );
    },
  );
  app.get(
    '/api/systems/:id',
    { schema: { tags, params: RefParams('system'), response: { 200: SystemViewSchema } } },
    async (req) => services.systems.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/systems',
    { schema: { tags, body: InformationSystemInputSchema, response: { 201: SystemViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.systems.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/systems/:id',
    {
      schema: {
        tags,
        params: RefParams('system'),
        body: SystemPatchSchema,
        querystring: VersionQuery,
        response: { 200: SystemViewSchema },
      },
    },
    async (req) => services.systems.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/systems/:id',
    { schema: { tags, params: RefParams('system'), response: { 200: SystemViewSchema } } },
    async (req) => services.systems.archive(actorOf(req), req.params.id),
  );

  app.get(
    '/api/systems/:id/dependencies',
    { schema: { tags, params: RefParams('system'), response: { 200: DependenciesViewSchema } } },
    async (req) => services.systems.dependencies(actorOf(req), req.params.id),
  );
  app.post(
    '/api/systems/:id/dependencies',
    {
      schema: {
        tags,
        params: RefParams('system'),
        body: DependencyInputSchema,
        response: { 201: DependencyAddedSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.systems.addDependency(actorOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/api/systems/:id/dependencies/:dependsOnId',
    {
      schema: {
        tags,
        params: Type.Object({
          id: RefId('system'),
          // The far end of an edge of a system the caller sees: its people see what it relies
          // on (dependencies() names it), so they may remove the edge whoever owns that end.
          dependsOnId: UncheckedId('edge key under a visible system'),
        }),
        response: { 200: DependencyRemovedSchema },
      },
    },
    async (req) => services.systems.removeDependency(actorOf(req), req.params.id, req.params.dependsOnId),
  );
  app.get(
    '/api/systems/:id/at-risk',
    { schema: { tags, params: RefParams('system'), response: { 200: AtRiskViewSchema } } },
    async (req) => services.systems.atRisk(actorOf(req), req.params.id),
  );
}
