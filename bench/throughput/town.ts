// The bench's town and data: a focal office, 200 communes, people with API tokens, and incidents
// written by set-based SQL from the classifier corpus (realistic Vietnamese report texts).

import { hashPassword } from '@ungcuu/core/auth/password.ts';
import type { Database } from '@ungcuu/core/db/schema.ts';
import { createServices } from '@ungcuu/core/services.ts';
import { classifierCorpus } from '@ungcuu/domain/incidents/testdata/classifier-corpus.ts';
import { type Kysely, sql } from 'kysely';

/** Units (a focal office, 200 communes), an officer and a coordinator with API tokens. */
export async function town(db: Kysely<Database>, handle: Parameters<typeof createServices>[0]) {
  const services = createServices(handle);
  const now = new Date();
  await sql`insert into units (code, name, type, updated_at) values ('FOCAL', 'Phòng Văn hoá, Khoa học và Thông tin', 'focal_office', now())`.execute(
    db,
  );
  await sql`insert into units (code, name, type, updated_at) select 'C' || g, 'UBND xã số ' || g, 'commune', now() from generate_series(1, 200) g`.execute(
    db,
  );
  const focal = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'FOCAL')
    .executeTakeFirstOrThrow();
  const communes = (
    await db.selectFrom('units').select('id').where('type', '=', 'commune').orderBy('code').execute()
  ).map((u) => u.id);
  const hash = await hashPassword('bench-password-1');
  const mk = async (username: string, unitId: string, roles: string[]) =>
    db
      .insertInto('users')
      .values({
        unit_id: unitId,
        username,
        full_name: username,
        title: null,
        email: null,
        phone: null,
        roles,
        password_hash: hash,
        totp_secret: null,
        locked_until: null,
        last_login_at: null,
        updated_at: now,
      })
      .returning(['id', 'unit_id', 'roles', 'username'])
      .executeTakeFirstOrThrow();
  const officer = await mk('officer', communes[0]!, ['unit_officer']);
  const coordinator = await mk('coordinator', focal.id, ['coordinator']);
  await mk('leader', focal.id, ['leader']);
  const token = async (u: typeof officer, scopes: ('write' | 'read' | 'incidents.report')[]) =>
    (
      await services.tokens.create(
        { userId: u.id, unitId: u.unit_id, roles: u.roles as never, label: u.username },
        { name: 'bench', scopes },
      )
    ).secret;
  return {
    communes,
    focalId: focal.id,
    officerToken: await token(officer, ['write']),
    machineToken: await token(officer, ['incidents.report']),
    coordinatorToken: await token(coordinator, ['read']),
  };
}

// Realistic Vietnamese reports: the classifier corpus (hand-written seeds × styles).
const corpus = classifierCorpus().map((r) => r.text);
const titleOf = (text: string) =>
  text
    .split(/[.!?\n]/)[0]!
    .slice(0, 120)
    .trim() || text.slice(0, 120);

/** Bulk incidents by set-based SQL from the corpus texts (the timed creates go through the API). */
export async function seedIncidents(
  db: Kysely<Database>,
  communes: string[],
  from: number,
  to: number,
  chunk = 20_000,
) {
  const titles = corpus.map(titleOf);
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(to, start + chunk);
    await sql`
      insert into incidents (code, title, description, detected_at, reported_at, reporting_unit_id, channel, triggers,
                             tier, serious, severity, regime_id, state, unit_ids, updated_at, subtype)
      select 'SC-2025-' || lpad(g::text, 7, '0'),
             (${titles}::text[])[(1 + (g::bigint * 7919) % ${titles.length})::int],
             (${corpus}::text[])[(1 + (g::bigint * 104729) % ${corpus.length})::int] || ' Đơn vị số ' || (g % 200) || '.',
             now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
             (${communes}::uuid[])[1 + g % 200],
             'web', '{"C1":false,"C2":false,"C3":false,"C4":false,"C5":false,"C6":false}'::jsonb,
             (array['T0','T1','T2','T3','T4'])[1 + g % 5], false, '{}'::jsonb, 'vn_2017',
             (array['new','triaged','responding','closed'])[1 + g % 4],
             array[(${communes}::uuid[])[1 + g % 200]],
             now(), null
      from generate_series(${start + 1}::int, ${end}::int) g`.execute(db);
  }
  await sql`analyze incidents`.execute(db);
}

export const reportBody = (i: number) => ({
  title: titleOf(corpus[i % corpus.length]!),
  description: corpus[(i * 31) % corpus.length]!,
  detectedAt: new Date(Date.now() - 3600_000).toISOString(),
  triggers: { C1: i % 7 === 0 },
});

export type Town = Awaited<ReturnType<typeof town>>;
