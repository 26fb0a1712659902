import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Services } from '@ungcuu/core/services.ts';
import {
  OneTimePasswordSchema,
  TeamMemberPageSchema,
  TeamMemberViewSchema,
  UnitPageSchema,
  UnitViewSchema,
  UserCreatedSchema,
  UserPageSchema,
  UserViewSchema,
} from '@ungcuu/domain/org/org-api.ts';
import {
  RoleSchema,
  TeamMemberInputSchema,
  TeamMemberPatchSchema,
  UnitInputSchema,
  UnitPatchSchema,
  UnitTypeSchema,
  UserInputSchema,
  UserPatchSchema,
} from '@ungcuu/domain/org/schemas.ts';
import { RefId } from '@ungcuu/domain/refs.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../plugins/auth.ts';
import { Paging, RefParams, SearchText, VersionQuery } from '../common.ts';

// Units, users and the response team roster. One line per endpoint: schema in, service out.
export async function orgRoutes(base: FastifyInstance, { services }: { services: Services }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/units',
    {
      schema: {
        tags: ['org'],
        querystring: Type.Object({
          ...Paging,
          q: Type.Optional(SearchText),
          type: Type.Optional(UnitTypeSchema),
          parentId: Type.Optional(RefId('unit')),
          includeArchived: Type.Optional(Type.Boolean()),
        }),
        response: { 200: UnitPageSchema },
      },
    },
    async (req) => ({
      ...(await services.units.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/units/:id',
    { schema: { tags: ['org'], params: RefParams('unit'), response: { 200: UnitViewSchema } } },
    async (req) => services.units.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/units',
    { schema: { tags: ['org'], body: UnitInputSchema, response: { 201: UnitViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.units.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags: ['org'],
        params: RefParams('unit'),
        body: UnitPatchSchema,
        querystring: VersionQuery,
        response: { 200: UnitViewSchema },
      },
    },
    async (req) => services.units.update(actorOf(req), req.params.id, req.body, req.query.version),
  );
  // Archives (units are never deleted: incidents and users keep pointing at them).
  app.delete(
    '/api/units/:id',
    { schema: { tags: ['org'], params: RefParams('unit'), response: { 200: UnitViewSchema } } },
    async (req) => services.units.archive(actorOf(req), req.params.id),
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['org'],
        querystring: Type.Object({
          ...Paging,
          q: Type.Optional(SearchText),
          unitId: Type.Optional(RefId('unit')),
          role: Type.Optional(RoleSchema),
          // Pickers (give a task to a person) offer only people who can still sign in.
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 200: UserPageSchema },
      },
    },
    async (req) => ({
      ...(await services.users.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.get(
    '/api/users/:id',
    { schema: { tags: ['org'], params: RefParams('user'), response: { 200: UserViewSchema } } },
    async (req) => services.users.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/users',
    { schema: { tags: ['org'], body: UserInputSchema, response: { 201: UserCreatedSchema } } },
    async (req, reply) => reply.status(201).send(await services.users.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['org'],
        params: RefParams('user'),
        body: UserPatchSchema,
        response: { 200: UserViewSchema },
      },
    },
    async (req) => services.users.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/reset-password',
    { schema: { tags: ['org'], params: RefParams('user'), response: { 200: OneTimePasswordSchema } } },
    async (req) => services.users.resetPassword(actorOf(req), req.params.id),
  );
  app.post(
    '/api/users/:id/reset-totp',
    { schema: { tags: ['org'], params: RefParams('user'), response: { 200: UserViewSchema } } },
    async (req) => services.users.resetTotp(actorOf(req), req.params.id),
  );

  app.get(
    '/api/team',
    {
      schema: {
        tags: ['org'],
        querystring: Type.Object({
          ...Paging,
          q: Type.Optional(SearchText),
          onCall: Type.Optional(Type.Boolean()),
        }),
        response: { 200: TeamMemberPageSchema },
      },
    },
    async (req) => ({
      ...(await services.team.list(actorOf(req), req.query)),
      limit: req.query.limit,
      offset: req.query.offset,
    }),
  );
  app.post(
    '/api/team',
    { schema: { tags: ['org'], body: TeamMemberInputSchema, response: { 201: TeamMemberViewSchema } } },
    async (req, reply) => reply.status(201).send(await services.team.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/team/:id',
    {
      schema: {
        tags: ['org'],
        params: RefParams('team_member'),
        body: TeamMemberPatchSchema,
        response: { 200: TeamMemberViewSchema },
      },
    },
    async (req) => services.team.update(actorOf(req), req.params.id, req.body),
  );
}
