import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import { MAX_BATCH_BYTES, MAX_JSON_DEPTH } from '@ungcuu/domain/alerts/alert.ts';
import { jsonDepth, parseAlertBody, parseNdjson } from '@ungcuu/domain/alerts/alert-parsers.ts';
import {
  AlertDeletedSchema,
  AlertDetailSchema,
  AlertGroupDetailSchema,
  AlertGroupListQuerySchema,
  AlertGroupPageSchema,
  AlertGroupViewSchema,
  AlertIngestResultSchema,
  AlertListQuerySchema,
  AlertPageSchema,
  AlertSettingsSchema,
  AlertSourceInputSchema,
  AlertSourceListSchema,
  AlertSourcePatchSchema,
  AlertSourceViewSchema,
  AlertWebhookBodySchema,
  HostAliasListSchema,
  IncidentAlertsQuerySchema,
  IncidentAlertsSchema,
  MaintenanceInputSchema,
  MaintenanceListQuerySchema,
  MaintenanceListSchema,
  MaintenancePatchSchema,
  MaintenanceViewSchema,
  MapHostResultSchema,
  MapHostSchema,
  OpenIncidentFromGroupSchema,
  SuppressionInputSchema,
  SuppressionListSchema,
  SuppressionPatchSchema,
  SuppressionViewSchema,
  UnmappedListQuerySchema,
  UnmappedPageSchema,
  WEBHOOK_KINDS,
} from '@ungcuu/domain/alerts/alerts-api.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RefKind } from '@ungcuu/domain/refs.ts';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

const tags = ['alerts'];
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

/**
 * Webhook bodies are read here rather than by Fastify's JSON parser: nesting is measured before
 * parsing (a 100,000-deep body is refused in one pass, never recursed into), Suricata may send
 * NDJSON, and every failure is a coded 400 rather than a framework error.
 */
function readJson(req: FastifyRequest, body: string): unknown {
  if (jsonDepth(body) > MAX_JSON_DEPTH) throw new DomainError('alert.body_too_deep', { max: MAX_JSON_DEPTH });
  try {
    return JSON.parse(body);
  } catch {
    // Suricata's eve.json forwarded line by line under a JSON content type.
    if (req.url.startsWith('/api/alerts/suricata') && body.includes('\n')) return readNdjson(body);
    throw new DomainError('alert.body_invalid', { reason: 'not JSON' });
  }
}
function readNdjson(body: string): unknown[] {
  const parsed = parseNdjson(body);
  if (!parsed.ok) throw new DomainError('alert.batch_too_large', { max: 1000 });
  return parsed.values;
}

type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * POST `path` (201 with the view), PATCH and DELETE `path/:id` of one kind of alert setting record, each
 * answered by the service for the signed-in actor (the service checks the permission).
 */
function writeRoutes<I extends TSchema, P extends TSchema, V extends TSchema>(
  app: TypedApp,
  path: string,
  kind: RefKind,
  schemas: { input: I; patch: P; view: V },
  handle: {
    create: (actor: RequestActor, body: Static<I>) => Promise<Static<V>>;
    update: (actor: RequestActor, id: string, body: Static<P>) => Promise<Static<V>>;
    remove: (actor: RequestActor, id: string) => Promise<Static<typeof AlertDeletedSchema>>;
  },
) {
  const params = RefParams(kind);
  // Checked against the services' results in `handle`; widened here, where Fastify cannot resolve a generic schema.
  const view: TSchema = schemas.view;
  app.post(path, { schema: { tags, body: schemas.input, response: { 201: view } } }, async (req, reply) =>
    reply.status(201).send(await handle.create(actorOf(req), req.body as Static<I>)),
  );
  app.patch(
    `${path}/:id`,
    { schema: { tags, params, body: schemas.patch, response: { 200: view } } },
    async (req) => handle.update(actorOf(req), req.params.id, req.body as Static<P>),
  );
  app.delete(
    `${path}/:id`,
    { schema: { tags, params, response: { 200: AlertDeletedSchema } } },
    async (req) => handle.remove(actorOf(req), req.params.id),
  );
}

// Alert intake from security tools (issue 10): webhooks, the live list, groups, mapping of unknown
// sources, suppression rules, maintenance windows, sources and settings.
export async function alertsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  // The webhooks get their own body parsers, so they live in their own plugin scope.
  await base.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: MAX_BATCH_BYTES },
      (req, body, done) => {
        try {
          done(null, readJson(req, body as string));
        } catch (err) {
          done(err as Error, undefined);
        }
      },
    );
    scope.addContentTypeParser(
      NDJSON_TYPES,
      { parseAs: 'string', bodyLimit: MAX_BATCH_BYTES },
      (_req, body, done) => {
        try {
          done(null, readNdjson(body as string));
        } catch (err) {
          done(err as Error, undefined);
        }
      },
    );
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    for (const kind of WEBHOOK_KINDS)
      app.post(
        `/api/alerts/${kind}`,
        {
          config: { tokenScope: 'alerts.write' },
          bodyLimit: MAX_BATCH_BYTES,
          schema: {
            tags,
            summary: `Alerts from ${kind === 'generic' ? 'any tool (generic JSON)' : kind}`,
            description:
              'Answered only after the batch is committed; a batch is all or nothing with a result per item ' +
              '(accepted, duplicate, suppressed, rejected with a coded 4xx). Over the source rate limit: 429 ' +
              'with Retry-After, nothing stored. Give each alert an externalId (generic) so a retried batch ' +
              'is not counted twice. Generic format: {"externalId","title","severity":"info|low|medium|high|' +
              'critical" or 0-10,"ruleId","category","host","ip","srcIp","destIp","url","agent","message",' +
              '"occurredAt","status":"firing|resolved"} or {"alerts":[...]}.',
            body: AlertWebhookBodySchema,
            response: { 200: AlertIngestResultSchema },
          },
        },
        async (req) => {
          const actor = actorOf(req);
          const parsed = parseAlertBody(kind, req.body);
          if (!parsed.ok) throw new DomainError(parsed.code, parsed.params ?? {});
          if (parsed.items.every((i) => !i.ok))
            throw new DomainError(
              'alert.batch_rejected',
              {},
              parsed.items
                .map((item, index) => ({ index, error: item.ok ? null : item.error }))
                .slice(0, 100),
            );
          return services.alerts.ingest(actor, kind, parsed.items);
        },
      );
  });

  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/alerts',
    { schema: { tags, querystring: AlertListQuerySchema, response: { 200: AlertPageSchema } } },
    async (req) => services.alerts.list(actorOf(req), req.query),
  );
  app.get(
    '/api/alerts/:id',
    { schema: { tags, params: RefParams('alert'), response: { 200: AlertDetailSchema } } },
    async (req) => services.alerts.get(actorOf(req), req.params.id),
  );
  app.get(
    '/api/alert-groups',
    { schema: { tags, querystring: AlertGroupListQuerySchema, response: { 200: AlertGroupPageSchema } } },
    async (req) => services.alerts.groups(actorOf(req), req.query),
  );
  app.get(
    '/api/alert-groups/:id',
    { schema: { tags, params: RefParams('alert_group'), response: { 200: AlertGroupDetailSchema } } },
    async (req) => services.alerts.group(actorOf(req), req.params.id),
  );
  app.post(
    '/api/alert-groups/:id/incident',
    {
      schema: {
        tags,
        params: RefParams('alert_group'),
        body: OpenIncidentFromGroupSchema,
        response: { 200: AlertGroupViewSchema },
      },
    },
    async (req) => services.alerts.openIncident(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/alert-groups/:id/close',
    { schema: { tags, params: RefParams('alert_group'), response: { 200: AlertGroupViewSchema } } },
    async (req) => services.alerts.closeGroup(actorOf(req), req.params.id),
  );
  app.get(
    '/api/incidents/:id/alerts',
    {
      schema: {
        tags,
        params: RefParams('incident'),
        querystring: IncidentAlertsQuerySchema,
        response: { 200: IncidentAlertsSchema },
      },
    },
    async (req) => services.alerts.incidentAlerts(actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/api/alert-unmapped',
    { schema: { tags, querystring: UnmappedListQuerySchema, response: { 200: UnmappedPageSchema } } },
    async (req) => services.alerts.unmapped(actorOf(req), req.query),
  );
  app.post(
    '/api/alert-unmapped/map',
    { schema: { tags, body: MapHostSchema, response: { 200: MapHostResultSchema } } },
    async (req) => services.alerts.mapHost(actorOf(req), req.body),
  );
  app.get('/api/alert-aliases', { schema: { tags, response: { 200: HostAliasListSchema } } }, async (req) =>
    services.alerts.aliases(actorOf(req)),
  );

  app.get(
    '/api/alert-suppressions',
    { schema: { tags, response: { 200: SuppressionListSchema } } },
    async (req) => services.alerts.suppressions(actorOf(req)),
  );
  writeRoutes(
    app,
    '/api/alert-suppressions',
    'alert_suppression',
    { input: SuppressionInputSchema, patch: SuppressionPatchSchema, view: SuppressionViewSchema },
    {
      create: (actor, body) => services.alerts.createSuppression(actor, body),
      update: (actor, id, body) => services.alerts.updateSuppression(actor, id, body),
      remove: (actor, id) => services.alerts.removeSuppression(actor, id),
    },
  );

  app.get(
    '/api/alert-maintenance',
    { schema: { tags, querystring: MaintenanceListQuerySchema, response: { 200: MaintenanceListSchema } } },
    async (req) => services.alerts.maintenance(actorOf(req), req.query),
  );
  writeRoutes(
    app,
    '/api/alert-maintenance',
    'maintenance_window',
    { input: MaintenanceInputSchema, patch: MaintenancePatchSchema, view: MaintenanceViewSchema },
    {
      create: (actor, body) => services.alerts.createMaintenance(actor, body),
      update: (actor, id, body) => services.alerts.updateMaintenance(actor, id, body),
      remove: (actor, id) => services.alerts.removeMaintenance(actor, id),
    },
  );

  app.get('/api/alert-sources', { schema: { tags, response: { 200: AlertSourceListSchema } } }, async (req) =>
    services.alerts.sources(actorOf(req)),
  );
  writeRoutes(
    app,
    '/api/alert-sources',
    'alert_source',
    { input: AlertSourceInputSchema, patch: AlertSourcePatchSchema, view: AlertSourceViewSchema },
    {
      create: (actor, body) => services.alerts.createSource(actor, body),
      update: (actor, id, body) => services.alerts.updateSource(actor, id, body),
      remove: (actor, id) => services.alerts.removeSource(actor, id),
    },
  );

  app.get('/api/alert-settings', { schema: { tags, response: { 200: AlertSettingsSchema } } }, async (req) =>
    services.alerts.getSettings(actorOf(req)),
  );
  app.put(
    '/api/alert-settings',
    { schema: { tags, body: AlertSettingsSchema, response: { 200: AlertSettingsSchema } } },
    async (req) => services.alerts.putSettings(actorOf(req), req.body),
  );
}
