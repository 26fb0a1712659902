import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { CSV_TYPE, XLSX_TYPE } from '@ungcuu/core/export/tabular-export.ts';
import type { Services } from '@ungcuu/core/services.ts';
import {
  BreakdownQuerySchema,
  BreakdownSchema,
  DecisionsQuerySchema,
  DecisionsSchema,
  InspectionResultsQuerySchema,
  InspectionResultsSchema,
  OverdueSchema,
  ResponseTimesSchema,
  StatisticsExportQuerySchema,
  StatisticsFilterSchema,
  UptimeSchema,
} from '@ungcuu/domain/statistics/statistics-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { FileDownload, sendFile } from '../file-transfer.ts';

const tags = ['statistics'];

// Dashboard tiles (issue 12): one request per tile, each an SQL aggregate within the caller's reach.
export async function statisticsRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/statistics/incidents',
    { schema: { tags, querystring: BreakdownQuerySchema, response: { 200: BreakdownSchema } } },
    async (req) => services.statistics.breakdown(actorOf(req), req.query),
  );
  app.get(
    '/api/statistics/response-times',
    { schema: { tags, querystring: StatisticsFilterSchema, response: { 200: ResponseTimesSchema } } },
    async (req) => services.statistics.responseTimes(actorOf(req), req.query),
  );
  app.get(
    '/api/statistics/overdue',
    { schema: { tags, querystring: StatisticsFilterSchema, response: { 200: OverdueSchema } } },
    async (req) => services.statistics.overdue(actorOf(req), req.query),
  );
  app.get(
    '/api/statistics/uptime',
    { schema: { tags, querystring: StatisticsFilterSchema, response: { 200: UptimeSchema } } },
    async (req) => services.statistics.uptime(actorOf(req), req.query),
  );
  app.get(
    '/api/statistics/inspections',
    {
      schema: { tags, querystring: InspectionResultsQuerySchema, response: { 200: InspectionResultsSchema } },
    },
    async (req) => services.statistics.inspections(actorOf(req), req.query),
  );
  app.get(
    '/api/statistics/decisions',
    { schema: { tags, querystring: DecisionsQuerySchema, response: { 200: DecisionsSchema } } },
    async (req) => services.statistics.decisions(actorOf(req)),
  );
  app.get(
    '/api/statistics/export',
    {
      schema: {
        tags,
        querystring: StatisticsExportQuerySchema,
        response: { 200: FileDownload([CSV_TYPE, XLSX_TYPE]) },
      },
    },
    async (req, reply) => sendFile(reply, await services.statistics.export(actorOf(req), req.query)),
  );
}
