import { hashPassword } from '@ungcuu/core/auth/password.ts';
import { loadConfig } from '@ungcuu/core/config.ts';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import { createServices, type Services } from '@ungcuu/core/services.ts';
import type { Clock } from '@ungcuu/core/shared/context.ts';
import { createTestDatabase } from '@ungcuu/core/testing/test-db.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;
let counter = 0;

function uniq(prefix: string): string {
  counter += 1;
  return `${prefix}${process.pid}${counter}${Math.floor(Math.random() * 1e6)}`;
}

export interface TestUser {
  id: string;
  unitId: string;
  username: string;
  roles: Role[];
  /** Cookie and CSRF header of a signed-in session. */
  headers: Record<string, string>;
}

/** A fresh database, the real app (via inject), and factories that build what each test needs. */
export class TestContext {
  private constructor(
    readonly app: FastifyInstance,
    readonly services: Services,
    readonly handle: DatabaseHandle,
  ) {}

  static async create(
    options: { clock?: Clock; services?: Parameters<typeof createServices>[2] } = {},
  ): Promise<TestContext> {
    const handle = await createTestDatabase();
    const services = createServices(handle, options.clock, options.services);
    const config = loadConfig({ LOG_LEVEL: 'silent', UNGCUU_WEB_DIST: '/nonexistent' });
    const app = await buildApp(config, { handle, services, logger: false });
    await app.ready();
    return new TestContext(app, services, handle);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.handle.close();
  }

  get db() {
    return this.handle.db;
  }

  inject(options: InjectOptions): Promise<LightMyRequestResponse> {
    return this.app.inject(options);
  }

  async unit(
    overrides: { type?: UnitType; name?: string; parentId?: string | null } = {},
  ): Promise<{ id: string; code: string; name: string }> {
    const code = uniq('U');
    const row = await this.db
      .insertInto('units')
      .values({
        code,
        name: overrides.name ?? `Đơn vị ${code}`,
        type: overrides.type ?? 'commune',
        parent_id: overrides.parentId ?? null,
        address: null,
        phone: null,
        email: null,
        website: null,
        leader_name: null,
        leader_title: null,
        intake_email: null,
        focal_main: null,
        focal_backup: null,
        notes: null,
        updated_at: new Date(),
      })
      .returning(['id', 'code', 'name'])
      .executeTakeFirstOrThrow();
    return row;
  }

  /** A user with a known password, signed in; pass signIn: false for a user without a session. */
  async user(
    roles: Role[],
    options: { unitId?: string; signIn?: boolean; username?: string } = {},
  ): Promise<TestUser> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const unitId = options.unitId ?? (await this.unit()).id;
    const username = options.username ?? uniq('user');
    const row = await this.db
      .insertInto('users')
      .values({
        unit_id: unitId,
        username,
        full_name: `Người dùng ${username}`,
        title: null,
        email: null,
        phone: null,
        roles,
        password_hash: await passwordHash,
        totp_secret: null,
        locked_until: null,
        last_login_at: null,
        updated_at: new Date(),
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const user: TestUser = { id: row.id, unitId, username, roles, headers: {} };
    if (options.signIn !== false) user.headers = await this.signIn(username, TEST_PASSWORD);
    return user;
  }

  async signIn(username: string, password: string, totp?: string): Promise<Record<string, string>> {
    const res = await this.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, ...(totp ? { totp } : {}) },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ungcuu_session');
    return { cookie: `ungcuu_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken };
  }
}
