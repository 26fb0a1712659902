import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import { TaskInputSchema, TaskPatchSchema, TaskResponseSchema } from '@ungcuu/domain/incidents/schemas.ts';
import { MyTaskPageSchema, TaskListSchema, TaskViewSchema } from '@ungcuu/domain/incidents/task-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { Paging, RefParams } from '../common.ts';

// Tasks: an incident's tasks (from its playbook or added by hand), "my tasks", and the answers
// of the people they are assigned to.
export async function tasksRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['tasks'];

  app.get(
    '/api/incidents/:id/tasks',
    { schema: { tags, params: RefParams('incident'), response: { 200: TaskListSchema } } },
    async (req) => ({ items: await services.tasks.listForIncident(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/incidents/:id/tasks',
    {
      schema: {
        tags,
        params: RefParams('incident'),
        body: TaskInputSchema,
        response: { 201: TaskViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.tasks.create(actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/tasks/mine',
    {
      schema: {
        tags,
        querystring: Type.Object({
          ...Paging,
          status: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 6 })),
        }),
        response: { 200: MyTaskPageSchema },
      },
    },
    async (req) => services.tasks.listMine(actorOf(req), req.query),
  );
  app.patch(
    '/api/tasks/:id',
    {
      schema: { tags, params: RefParams('task'), body: TaskPatchSchema, response: { 200: TaskViewSchema } },
    },
    async (req) => services.tasks.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/tasks/:id/respond',
    {
      schema: {
        tags,
        params: RefParams('task'),
        body: TaskResponseSchema,
        response: { 200: TaskViewSchema },
      },
    },
    async (req) => services.tasks.respond(actorOf(req), req.params.id, req.body),
  );
}
