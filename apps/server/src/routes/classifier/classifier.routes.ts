import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  AccuracyQuerySchema,
  AccuracyReportSchema,
  ClassifierStatusSchema,
  SimilarDraftSchema,
  SimilarIncidentsSchema,
} from '@ungcuu/domain/incidents/classifier-schemas.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams } from '../common.ts';

const tags = ['classifier'];

// The suggester learning from the office (status, accuracy, retrain, roll back) and similar incidents.
export async function classifierRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/classifier/status',
    { schema: { tags, response: { 200: ClassifierStatusSchema } } },
    async (req) => services.classifier.status(actorOf(req)),
  );
  app.get(
    '/api/classifier/accuracy',
    { schema: { tags, querystring: AccuracyQuerySchema, response: { 200: AccuracyReportSchema } } },
    async (req) => services.classifier.accuracy(actorOf(req), req.query),
  );
  app.post(
    '/api/classifier/retrain',
    { schema: { tags, response: { 200: ClassifierStatusSchema } } },
    async (req) => services.classifier.retrain(actorOf(req)),
  );
  app.post(
    '/api/classifier/rollback',
    { schema: { tags, response: { 200: ClassifierStatusSchema } } },
    async (req) => services.classifier.rollback(actorOf(req)),
  );

  app.get(
    '/api/incidents/:id/similar',
    { schema: { tags, params: RefParams('incident'), response: { 200: SimilarIncidentsSchema } } },
    async (req) => services.similarIncidents.forIncident(actorOf(req), req.params.id),
  );
  app.post(
    '/api/incidents/similar',
    { schema: { tags, body: SimilarDraftSchema, response: { 200: SimilarIncidentsSchema } } },
    async (req) => services.similarIncidents.forDraft(actorOf(req), req.body),
  );
}
