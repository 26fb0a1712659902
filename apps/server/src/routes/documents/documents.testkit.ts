import { after, before } from 'node:test';
import { TestContext, type TestUser } from '../../testing/test-app.ts';
import { report } from '../incidents.testkit.ts';

// The town the report tests share: a People's Committee with a name full of diacritics, its focal
// office, a commune; a coordinator (manages reports), a leader (reads them), a unit officer (neither).

export interface ReportWorld {
  ctx: TestContext;
  committee: { id: string; name: string };
  focal: { id: string; name: string };
  commune: { id: string; name: string };
  coordinator: TestUser;
  leader: TestUser;
  officer: TestUser;
  /** An incident with the given Mẫu 05 facts, stored as if triaged and handled. */
  incident(facts: IncidentFacts): Promise<string>;
}

export interface IncidentFacts {
  detectedAt: string;
  subtype?: string | null;
  causeGroup?: string | null;
  tier?: string;
  state?: string;
  helpDomestic?: boolean;
  helpForeign?: boolean;
  coordinator?: boolean;
  damage?: number | null;
  helpers?: string | null;
}

export function reportWorld(): ReportWorld {
  const world = {} as ReportWorld;
  before(async () => {
    const ctx = await TestContext.create();
    const committee = await ctx.unit({ type: 'agency', name: 'UBND thị xã Mỹ Hào' });
    const focal = await ctx.unit({
      type: 'focal_office',
      name: 'Phòng Văn hoá, Khoa học và Thông tin',
      parentId: committee.id,
    });
    const office = await ctx.unit({ type: 'people_committee_office', name: 'Văn phòng HĐND và UBND thị xã' });
    const commune = await ctx.unit({ name: 'UBND phường Bần Yên Nhân', parentId: committee.id });
    const officer = await ctx.user(['unit_officer'], { unitId: commune.id });
    Object.assign(world, {
      ctx,
      committee,
      focal,
      commune,
      coordinator: await ctx.user(['coordinator'], { unitId: focal.id }),
      leader: await ctx.user(['leader'], { unitId: office.id }),
      officer,
      async incident(f: IncidentFacts) {
        const created = await report(ctx, officer, { title: `Sự cố ${f.subtype ?? f.causeGroup ?? 'khác'}` });
        await ctx.db
          .updateTable('incidents')
          .set({
            detected_at: new Date(f.detectedAt),
            cause_group: f.causeGroup === undefined ? 'attack' : f.causeGroup,
            subtype: f.subtype === undefined ? null : f.subtype,
            tier: f.tier ?? 'T2',
            state: f.state ?? 'closed',
            help_domestic: f.helpDomestic ?? false,
            help_foreign: f.helpForeign ?? false,
            coordinator_support_requested: f.coordinator ?? false,
            damage_estimate: f.damage ?? null,
            helping_organisations: f.helpers ?? null,
          })
          .where('id', '=', created.id)
          .execute();
        return created.id;
      },
    });
  });
  after(() => world.ctx?.close());
  return world;
}
