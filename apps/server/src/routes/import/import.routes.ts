import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { detectFormat } from '@ungcuu/core/import/tabular.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { ImportKindSchema, ImportReportSchema } from '@ungcuu/domain/org/org-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { MAX_IMPORT_BYTES } from '../file-transfer.ts';

// Units and users from a CSV/XLSX file (multipart field "file"); a dry run by default.
export async function importRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/import/:kind',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['import'],
        params: Type.Object({ kind: ImportKindSchema }),
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: true })) }),
        response: { 200: ImportReportSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const file = await req
        .file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })
        .catch(() => undefined);
      if (!file) throw new DomainError('import.bad_file', { detail: 'multipart field "file" missing' });
      const bytes = await file.toBuffer().catch(() => {
        throw new DomainError('file.too_large', { max: '10 MB' });
      });
      return services.orgImport.run(
        actor,
        req.params.kind,
        bytes,
        detectFormat(file.filename, bytes),
        req.query.dryRun ?? true,
      );
    },
  );
}
