import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { XLSX_TYPE } from '@ungcuu/core/export/tabular-export.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema } from '@ungcuu/domain/api-shapes.ts';
import {
  AppraisalInputSchema,
  BudgetEstimateSchema,
  BudgetLineCreateSchema,
  BudgetLineDetailSchema,
  BudgetLinePageSchema,
  BudgetLinePatchSchema,
  BudgetLineViewSchema,
  BudgetListQuerySchema,
  BudgetTotalsSchema,
  BudgetTransitionSchema,
  BudgetYearQuerySchema,
  DecisionInputSchema,
  SpendingCreateSchema,
  SpendingViewSchema,
} from '@ungcuu/domain/budget/budget-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';
import { FileDownload, sendFile } from '../file-transfer.ts';

const tags = ['budget'];

// Budget of the response plan: lines, flow (submit → finance appraises → leader decides), spending,
// totals, the estimate with staff and materials, the estimate sheet.
export async function budgetRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/budget/lines',
    { schema: { tags, querystring: BudgetListQuerySchema, response: { 200: BudgetLinePageSchema } } },
    async (req) => ({
      ...(await services.budget.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/budget/lines/:id',
    { schema: { tags, params: RefParams('budget_line'), response: { 200: BudgetLineDetailSchema } } },
    async (req) => services.budget.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/budget/lines',
    { schema: { tags, body: BudgetLineCreateSchema, response: { 201: BudgetLineViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.budget.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/budget/lines/:id',
    {
      schema: {
        tags,
        params: RefParams('budget_line'),
        body: BudgetLinePatchSchema,
        querystring: VersionQuery,
        response: { 200: BudgetLineViewSchema },
      },
    },
    async (req) => services.budget.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  app.delete(
    '/api/budget/lines/:id',
    { schema: { tags, params: RefParams('budget_line'), response: { 200: DeletedSchema } } },
    async (req) => services.budget.remove(actorOf(req), req.params.id),
  );
  app.post(
    '/api/budget/lines/:id/transition',
    {
      schema: {
        tags,
        params: RefParams('budget_line'),
        body: BudgetTransitionSchema,
        response: { 200: BudgetLineViewSchema },
      },
    },
    async (req) => services.budget.transition(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/budget/lines/:id/appraisal',
    {
      schema: {
        tags,
        params: RefParams('budget_line'),
        body: AppraisalInputSchema,
        response: { 200: BudgetLineViewSchema },
      },
    },
    async (req) => services.budget.appraise(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/budget/lines/:id/decision',
    {
      schema: {
        tags,
        params: RefParams('budget_line'),
        body: DecisionInputSchema,
        response: { 200: BudgetLineViewSchema },
      },
    },
    async (req) => services.budget.decide(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/budget/lines/:id/spending',
    {
      schema: {
        tags,
        params: RefParams('budget_line'),
        body: SpendingCreateSchema,
        response: { 201: SpendingViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.budget.addSpending(actorOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/api/budget/spending/:id',
    { schema: { tags, params: RefParams('budget_spending'), response: { 200: DeletedSchema } } },
    async (req) => services.budget.removeSpending(actorOf(req), req.params.id),
  );
  app.get(
    '/api/budget/totals',
    { schema: { tags, querystring: BudgetYearQuerySchema, response: { 200: BudgetTotalsSchema } } },
    async (req) => services.budget.totals(actorOf(req), req.query),
  );
  app.get(
    '/api/budget/estimate',
    { schema: { tags, querystring: BudgetYearQuerySchema, response: { 200: BudgetEstimateSchema } } },
    async (req) => services.budget.estimate(actorOf(req), req.query),
  );
  app.get(
    '/api/budget/export.xlsx',
    {
      schema: { tags, querystring: BudgetYearQuerySchema, response: { 200: FileDownload([XLSX_TYPE]) } },
    },
    async (req, reply) => sendFile(reply, await services.budget.exportXlsx(actorOf(req), req.query)),
  );
}
