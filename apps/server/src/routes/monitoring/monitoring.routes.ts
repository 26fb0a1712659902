import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  ApproveBaselineSchema,
  DiffSchema,
  FromInventoryResultSchema,
  FromInventorySchema,
  MonitorCreateSchema,
  MonitorDeletedSchema,
  MonitorDetailSchema,
  MonitorListQuerySchema,
  MonitorPageSchema,
  MonitorPatchSchema,
  MonitorViewSchema,
  ProbeChecksSchema,
  ProbeCreatedSchema,
  ProbeCreateSchema,
  ProbeListSchema,
  ProbeResultsSchema,
  ProbeSubmitResultSchema,
  ProbeViewSchema,
  UnitStatusSchema,
} from '@ungcuu/domain/monitoring/monitoring-api.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';

const tags = ['monitoring'];

/** `Authorization: Probe <secret>`: not a Bearer token, so the session/token check leaves it to us. */
const probeSecret = (req: FastifyRequest) => {
  const header = req.headers.authorization;
  return header?.startsWith('Probe ') ? header.slice(6).trim() : undefined;
};

// Monitors of the units' public systems (issue 10): monitors, baselines, status pages, remote probes.
export async function monitoringRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/monitors',
    { schema: { tags, querystring: MonitorListQuerySchema, response: { 200: MonitorPageSchema } } },
    async (req) => ({
      ...(await services.monitors.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.post(
    '/api/monitors',
    { schema: { tags, body: MonitorCreateSchema, response: { 201: MonitorViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.monitors.create(actorOf(req), req.body)),
  );
  app.post(
    '/api/monitors/from-inventory',
    { schema: { tags, body: FromInventorySchema, response: { 200: FromInventoryResultSchema } } },
    async (req) => services.monitors.fromInventory(actorOf(req), req.body),
  );
  app.get(
    '/api/monitors/:id',
    { schema: { tags, params: RefParams('monitor'), response: { 200: MonitorDetailSchema } } },
    async (req) => services.monitors.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/monitors/:id',
    {
      schema: {
        tags,
        params: RefParams('monitor'),
        querystring: VersionQuery,
        body: MonitorPatchSchema,
        response: { 200: MonitorViewSchema },
      },
    },
    async (req) => services.monitors.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/monitors/:id',
    { schema: { tags, params: RefParams('monitor'), response: { 200: MonitorDeletedSchema } } },
    async (req) => services.monitors.remove(actorOf(req), req.params.id),
  );
  app.post(
    '/api/monitors/:id/check-now',
    { schema: { tags, params: RefParams('monitor'), response: { 200: MonitorViewSchema } } },
    async (req) => services.monitors.checkNow(actorOf(req), req.params.id),
  );
  app.get(
    '/api/monitors/:id/diff',
    { schema: { tags, params: RefParams('monitor'), response: { 200: DiffSchema } } },
    async (req) => services.monitors.diff(actorOf(req), req.params.id),
  );
  app.post(
    '/api/monitors/:id/approve-baseline',
    {
      schema: {
        tags,
        params: RefParams('monitor'),
        body: ApproveBaselineSchema,
        response: { 200: MonitorViewSchema },
      },
    },
    async (req) => services.monitors.approveBaseline(actorOf(req), req.params.id, req.body.version),
  );
  app.get(
    '/api/monitor-status/:id',
    { schema: { tags, params: RefParams('unit'), response: { 200: UnitStatusSchema } } },
    async (req) => services.monitors.unitStatus(actorOf(req), req.params.id),
  );

  app.get('/api/monitor-probes', { schema: { tags, response: { 200: ProbeListSchema } } }, async (req) =>
    services.probes.list(actorOf(req)),
  );
  app.post(
    '/api/monitor-probes',
    { schema: { tags, body: ProbeCreateSchema, response: { 201: ProbeCreatedSchema } } },
    async (req, reply) => reply.status(201).send(await services.probes.create(actorOf(req), req.body)),
  );
  app.post(
    '/api/monitor-probes/:id/revoke',
    { schema: { tags, params: RefParams('monitor_probe'), response: { 200: ProbeViewSchema } } },
    async (req) => services.probes.revoke(actorOf(req), req.params.id),
  );

  // The probe's own API: no session; the probe secret in `Authorization: Probe <secret>`.
  app.get(
    '/api/probe/checks',
    { config: { public: true }, schema: { tags, response: { 200: ProbeChecksSchema } } },
    async (req) => services.probes.checks(await services.probes.authenticate(probeSecret(req))),
  );
  app.post(
    '/api/probe/results',
    {
      config: { public: true },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        body: ProbeResultsSchema,
        response: { 200: ProbeSubmitResultSchema },
      },
    },
    async (req) => services.probes.submit(await services.probes.authenticate(probeSecret(req)), req.body),
  );
}
