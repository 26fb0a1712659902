import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '@ungcuu/core/config.ts';
import type { Services } from '@ungcuu/core/services.ts';
import { OkSchema } from '@ungcuu/domain/api-shapes.ts';
import {
  LocaleBodySchema,
  LocaleResultSchema,
  LoginBodySchema,
  LoginResultSchema,
  LogoutAllResultSchema,
  MeSchema,
  PasswordChangeBodySchema,
  SecuritySettingsBodySchema,
  SecuritySettingsSchema,
  TotpEnableBodySchema,
  TotpSetupSchema,
} from '@ungcuu/domain/auth/auth-api.ts';
import type { FastifyInstance } from 'fastify';
import { actorOf, clearSessionCookie, cookieOptions, SESSION_COOKIE, sessionOf } from '../../plugins/auth.ts';

export async function authRoutes(base: FastifyInstance, deps: { services: Services; config: Config }) {
  const app = base.withTypeProvider<TypeBoxTypeProvider>();
  const { services, config } = deps;

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        body: LoginBodySchema,
        response: { 200: LoginResultSchema },
      },
    },
    async (req, reply) => {
      const result = await services.auth.login({
        username: req.body.username,
        password: req.body.password,
        totp: req.body.totp,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions(config, req, result.expiresAt));
      return { csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    },
  );

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeSchema } } }, async (req) => {
    const actor = actorOf(req);
    const session = req.session;
    const user = await services.users.get(actor, actor.userId);
    return {
      user,
      csrfToken: session?.csrfToken ?? null,
      mustChangePassword: session?.mustChangePassword ?? false,
      totpSetupRequired: session?.totpSetupRequired ?? false,
    };
  });

  app.patch(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        body: LocaleBodySchema,
        response: { 200: LocaleResultSchema },
      },
    },
    async (req) => {
      await services.auth.setLocale(actorOf(req), req.body.locale);
      return { locale: req.body.locale };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 200: OkSchema } } },
    async (req, reply) => {
      await services.auth.logout(sessionOf(req));
      clearSessionCookie(reply, config, req);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout-all',
    { schema: { tags: ['auth'], response: { 200: LogoutAllResultSchema } } },
    async (req, reply) => {
      const sessions = await services.auth.logoutEverywhere(sessionOf(req));
      clearSessionCookie(reply, config, req);
      return { ok: true as const, sessions };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        body: PasswordChangeBodySchema,
        response: { 200: OkSchema },
      },
    },
    async (req) => {
      await services.auth.changePassword(sessionOf(req), req.body.current, req.body.next);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    { schema: { tags: ['auth'], response: { 200: TotpSetupSchema } } },
    async (req) => services.auth.beginTotpSetup(sessionOf(req)),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        body: TotpEnableBodySchema,
        response: { 200: OkSchema },
      },
    },
    async (req) => {
      await services.auth.enableTotp(sessionOf(req), req.body.code);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/settings/security',
    { schema: { tags: ['auth'], response: { 200: SecuritySettingsSchema } } },
    async (req) => {
      actorOf(req);
      return { totpRequiredRoles: await services.auth.totpRequiredRoles() };
    },
  );

  app.put(
    '/api/settings/security',
    {
      schema: {
        tags: ['auth'],
        body: SecuritySettingsBodySchema,
        response: { 200: SecuritySettingsSchema },
      },
    },
    async (req) => {
      await services.auth.setTotpRequiredRoles(actorOf(req), [...req.body.totpRequiredRoles]);
      return { totpRequiredRoles: req.body.totpRequiredRoles };
    },
  );
}
