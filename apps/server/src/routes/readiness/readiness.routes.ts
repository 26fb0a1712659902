import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type TObject, type TSchema, Type } from '@sinclair/typebox';
import type { createReadinessItemService } from '@ungcuu/core/readiness/readiness-items.service.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { DeletedSchema } from '@ungcuu/domain/api-shapes.ts';
import {
  ContractInputSchema,
  ContractPageSchema,
  ContractPatchSchema,
  ContractViewSchema,
  DrillInputSchema,
  DrillPageSchema,
  DrillPatchSchema,
  DrillViewSchema,
  EquipmentInputSchema,
  EquipmentPageSchema,
  EquipmentPatchSchema,
  EquipmentViewSchema,
  LicenceInputSchema,
  LicencePageSchema,
  LicencePatchSchema,
  LicenceViewSchema,
  ReadinessItemListQuerySchema,
  TrainingInputSchema,
  TrainingPageSchema,
  TrainingPatchSchema,
  TrainingViewSchema,
} from '@ungcuu/domain/readiness/readiness-api.ts';
import {
  DueLicenceSchema,
  ReadinessPageSchema,
  ReadinessQuerySchema,
  ReadinessSummarySchema,
  UnitReadinessSchema,
} from '@ungcuu/domain/readiness/readiness-score-api.ts';
import { RefId, type RefKind } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { RefParams, VersionQuery } from '../common.ts';

const tags = ['readiness'];
const Days = Type.Integer({ minimum: 0, maximum: 366, default: 30 });

// biome-ignore lint/suspicious/noExplicitAny: each kind's service has its own input and view types.
type ItemService = ReturnType<typeof createReadinessItemService<any, any>>;

/** list, get, create, patch and delete of one readiness record kind under /api/readiness/<path>. */
function itemRoutes(
  base: FastifyInstance,
  path: string,
  kind: RefKind,
  service: ItemService,
  schemas: { input: TObject; patch: TObject; view: TSchema; page: TSchema },
) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const url = `/api/readiness/${path}`;
  app.get(
    url,
    { schema: { tags, querystring: ReadinessItemListQuerySchema, response: { 200: schemas.page } } },
    async (req) => ({
      ...(await service.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    `${url}/:id`,
    { schema: { tags, params: RefParams(kind), response: { 200: schemas.view } } },
    async (req) => service.get(actorOf(req), req.params.id),
  );
  app.post(
    url,
    { schema: { tags, body: schemas.input, response: { 201: schemas.view } } },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body as never)),
  );
  app.patch(
    `${url}/:id`,
    {
      schema: {
        tags,
        params: RefParams(kind),
        body: schemas.patch,
        querystring: VersionQuery,
        response: { 200: schemas.view },
      },
    },
    async (req) => service.update(actorOf(req), req.params.id, req.body as never, req.query.version),
  );
  app.delete(
    `${url}/:id`,
    { schema: { tags, params: RefParams(kind), response: { 200: DeletedSchema } } },
    async (req) => service.remove(actorOf(req), req.params.id),
  );
}

// Readiness (seed II.4.b): score per unit with reasons, the records behind it, licence reminders.
export async function readinessRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/readiness',
    { schema: { tags, querystring: ReadinessQuerySchema, response: { 200: ReadinessPageSchema } } },
    async (req) => ({
      ...(await services.readiness.page(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/readiness/summary',
    { schema: { tags, response: { 200: ReadinessSummarySchema } } },
    async (req) => services.readiness.summary(actorOf(req)),
  );
  app.get(
    '/api/readiness/units/:unitId',
    {
      schema: {
        tags,
        params: Type.Object({ unitId: RefId('unit') }),
        response: { 200: UnitReadinessSchema },
      },
    },
    async (req) => services.readiness.unit(actorOf(req), req.params.unitId),
  );
  app.get(
    '/api/readiness/licences/due',
    {
      schema: {
        tags,
        querystring: Type.Object({ days: Days }),
        response: { 200: Type.Object({ items: Type.Array(DueLicenceSchema) }) },
      },
    },
    async (req) => services.readiness.dueLicences(actorOf(req), req.query.days),
  );
  app.post(
    '/api/readiness/licences/reminders',
    {
      schema: {
        tags,
        querystring: Type.Object({ days: Days }),
        response: { 200: Type.Object({ created: Type.Integer() }) },
      },
    },
    async (req) => services.readiness.runLicenceReminders(actorOf(req), req.query.days),
  );

  const items = services.readinessItems;
  itemRoutes(app, 'equipment', 'equipment', items.equipment, {
    input: EquipmentInputSchema,
    patch: EquipmentPatchSchema,
    view: EquipmentViewSchema,
    page: EquipmentPageSchema,
  });
  itemRoutes(app, 'licences', 'licence', items.licences, {
    input: LicenceInputSchema,
    patch: LicencePatchSchema,
    view: LicenceViewSchema,
    page: LicencePageSchema,
  });
  itemRoutes(app, 'contracts', 'contract', items.contracts, {
    input: ContractInputSchema,
    patch: ContractPatchSchema,
    view: ContractViewSchema,
    page: ContractPageSchema,
  });
  itemRoutes(app, 'trainings', 'training', items.trainings, {
    input: TrainingInputSchema,
    patch: TrainingPatchSchema,
    view: TrainingViewSchema,
    page: TrainingPageSchema,
  });
  itemRoutes(app, 'drills', 'drill', items.drills, {
    input: DrillInputSchema,
    patch: DrillPatchSchema,
    view: DrillViewSchema,
    page: DrillPageSchema,
  });
}
