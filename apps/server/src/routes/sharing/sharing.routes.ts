import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { SHARING_LIMITS } from '@ungcuu/domain/sharing/advisory.ts';
import {
  FeedParamsSchema,
  FeedQuerySchema,
  IncidentTlpInputSchema,
  IndicatorImportResultSchema,
  MispFeedSchema,
  StixFeedSchema,
} from '@ungcuu/domain/sharing/sharing-api.ts';
import { TlpSchema } from '@ungcuu/domain/sharing/tlp.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';
import { FileDownload, sendFile, uploadedFile } from '../file-transfer.ts';
import type { RouteDeps } from '../index.ts';

// Threat sharing (issue 11): an incident's indicators as MISP/STIX, import into an incident, the
// incident's TLP marking, and the read-only feeds per TLP for a higher body's platform.
export async function sharingRoutes(base: FastifyInstance, { services }: RouteDeps) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['sharing'];
  const params = RefParams('incident');

  for (const format of ['misp', 'stix'] as const) {
    app.get(
      `/api/incidents/:id/export.${format}.json`,
      {
        schema: {
          tags,
          description:
            format === 'misp'
              ? "The incident's indicators as a MISP event JSON (TLP as the event tag). Audited."
              : "The incident's indicators as a STIX 2.1 bundle (TLP 2.0 marking definitions, stable ids). Audited.",
          params,
          response: { 200: FileDownload(['application/json']) },
        },
      },
      async (req, reply) =>
        sendFile(reply, await services.sharing.exportIncident(actorOf(req), req.params.id, format)),
    );
  }

  app.post(
    '/api/incidents/:id/import-indicators',
    {
      bodyLimit: SHARING_LIMITS.maxBytes + 64 * 1024,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'A MISP event JSON or a STIX 2.1 bundle in the field "file" (at most 5 MB): its indicators are added to the incident, all or none; the incident keeps the stricter TLP.',
        params,
        response: { 200: IndicatorImportResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const file = await uploadedFile(req, SHARING_LIMITS.maxBytes, '5 MB');
      return services.sharing.importIndicators(actor, req.params.id, file.bytes.toString('utf8'));
    },
  );

  app.put(
    '/api/incidents/:id/tlp',
    {
      schema: {
        tags,
        params,
        body: IncidentTlpInputSchema,
        response: { 200: Type.Object({ tlp: TlpSchema }) },
      },
    },
    async (req) => services.sharing.setTlp(actorOf(req), req.params.id, req.body.tlp),
  );

  const feedConfig = { tokenScope: 'feed.read' as const };
  app.get(
    '/api/feeds/:tlp/misp',
    {
      config: feedConfig,
      schema: {
        tags,
        description:
          'MISP-style feed of incidents marked at or below the TLP (clear, green, amber; never red): manifest and events, paged. Token scope feed.read.',
        params: FeedParamsSchema,
        querystring: FeedQuerySchema,
        response: { 200: MispFeedSchema },
      },
    },
    async (req) => services.sharing.mispFeed(actorOf(req), req.params.tlp, req.query),
  );
  app.get(
    '/api/feeds/:tlp/stix',
    {
      config: feedConfig,
      schema: {
        tags,
        description:
          'TAXII 2.1-style envelope of STIX 2.1 objects of incidents marked at or below the TLP, paged (next = offset). Token scope feed.read.',
        params: FeedParamsSchema,
        querystring: FeedQuerySchema,
        response: { 200: StixFeedSchema },
      },
    },
    async (req) => services.sharing.stixFeed(actorOf(req), req.params.tlp, req.query),
  );
}
