import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type TSchema, Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { detectFormat } from '@ungcuu/core/import/tabular.ts';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AtRiskViewSchema,
  DependenciesViewSchema,
  DependencyInputSchema,
  SystemListQuerySchema,
  SystemPageSchema,
  SystemPatchSchema,
  SystemViewSchema,
} from '@ungcuu/core/systems/system.schemas.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { RefId, UncheckedId } from '@ungcuu/domain/refs.ts';
import { InformationSystemInputSchema } from '@ungcuu/domain/systems/system.ts';
import { registerFormats } from '@ungcuu/domain/validation.ts';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
  FastifySchemaValidationError,
} from 'fastify';
import { actorOf } from '../plugins/auth.ts';
import { guarded, requireBounds } from '../plugins/input-guard.ts';
import { MAX_IMPORT_BYTES, RefParams, VersionQuery } from './common.ts';

const tags = ['systems'];
const { limit: _limit, offset: _offset, ...filterProperties } = SystemListQuerySchema.properties;

/** A multipart upload's one file, or a coded error; shared by the preparedness routes. */
export async function uploadedFile(req: FastifyRequest, maxBytes: number, maxLabel: string) {
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } }).catch(() => undefined);
  if (!file) throw new DomainError('request.invalid', { detail: 'multipart field "file" missing' });
  const bytes = await file.toBuffer().catch(() => {
    throw new DomainError('file.too_large', { max: maxLabel });
  });
  return { filename: file.filename, mimetype: file.mimetype, bytes };
}

/**
 * Validates a route's parts without type coercion. Ajv's coercion rewrites unions of scalars
 * (a rating 3 becomes "3" under `string | integer`); TypeBox checks the value as sent.
 */
export const exactValidator: FastifySchemaCompiler<unknown> = ({ schema, method, url, httpPart }) => {
  registerFormats();
  requireBounds(schema, `${method} ${url} ${httpPart}`);
  const check = TypeCompiler.Compile(schema as TSchema);
  const validate = Object.assign(
    (data: unknown) => {
      if (check.Check(data)) return true;
      validate.errors = [...check.Errors(data)].slice(0, 20).map(
        (e): FastifySchemaValidationError => ({
          keyword: 'typebox',
          instancePath: e.path,
          schemaPath: '',
          params: {},
          message: e.message,
        }),
      );
      return false;
    },
    { errors: null as FastifySchemaValidationError[] | null },
  );
  return guarded(validate);
};

/**
 * Sends a file as a download, never rendered in the browser: `attachment` with an ASCII fallback
 * name and the exact UTF-8 name (RFC 6266 / RFC 5987 `filename*`), and nosniff so that the
 * browser keeps to the stored type.
 */
export function sendFile(
  reply: FastifyReply,
  file: { filename: string; contentType: string; bytes: Buffer },
) {
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(file.filename)}`,
    )
    .send(file.bytes);
}

/** encodeURIComponent leaves ' ( ) * unescaped; RFC 5987 attr-char does not allow them. */
function encodeRfc5987(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return encodeURIComponent(text.replace(/[\u0000-\u001f\u007f]/g, '')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

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
    { schema: { tags, params: RefParams('system'), body: DependencyInputSchema } },
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
