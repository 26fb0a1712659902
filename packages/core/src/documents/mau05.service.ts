import { can } from '@ungcuu/domain/auth/permissions.ts';
import type {
  Mau05,
  Mau05Format,
  Mau05Input,
  ReportSentInput,
} from '@ungcuu/domain/documents/documents-api.ts';
import {
  EMPTY_CELLS,
  MAU05_ATTACK_TYPES,
  MAU05_ROW_LABELS,
  type Mau05AttackType,
  type Mau05Cells,
  mau05Period,
  mau05Row,
  mau05Total,
  type PeriodKind,
  periodInstants,
  type ReportPeriod,
} from '@ungcuu/domain/documents/mau05.ts';
import { MAU05_COLUMNS, mau05Model, mau05TableRows } from '@ungcuu/domain/documents/mau05-document.ts';
import { placeOfCommittee } from '@ungcuu/domain/documents/vietnamese-typography.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { PeriodicReportRow } from '../db/schema-documents.ts';
import { writeXlsx, XLSX_TYPE } from '../export/tabular-export.ts';
import { allRegimes } from '../incidents/regime.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { blank, toInt, toIso } from '../shared/row-values.ts';
import {
  findPeriodicReport,
  insertPeriodicReport,
  mau05Figures,
  mau05Helpers,
  updatePeriodicReport,
} from './mau05.repository.ts';
import { mainParentUnit, planBodies } from './plan-facts.repository.ts';
import { type RenderedFile, renderDocument } from './render.ts';

function requireRead(actor: RequestActor) {
  if (!can(actor, 'report.read')) throw new DomainError('forbidden');
}
function requireManage(actor: RequestActor) {
  if (!can(actor, 'report.manage')) throw new DomainError('forbidden');
}

/** One organisation per line, blanks and repeats dropped. */
function lines(text: string | null | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ),
  ];
}

/** The issuing body of town-wide reports: the People's Committee above the focal office. */
export async function issuingBodies(db: ServiceDeps['db']) {
  const bodies = await planBodies(db);
  // A focal office placed under its People's Committee names the issuing body; prefer it over a
  // bare one (the first administrator's bootstrap unit may have no parent).
  const focal =
    bodies.find((b) => b.type === 'focal_office' && b.parent_name) ??
    bodies.find((b) => b.type === 'focal_office');
  const committee =
    focal?.parent_name ?? (await mainParentUnit(db))?.name ?? focal?.name ?? 'Cơ quan đầu mối';
  return {
    focal,
    committee,
    parentBody: focal?.parent_name ? focal.grandparent_name : null,
    committeeOffice: bodies.find((b) => b.type === 'people_committee_office')?.name ?? null,
    financeOffice: bodies.find((b) => b.type === 'finance_office')?.name ?? null,
    place: placeOfCommittee(committee),
  };
}

/**
 * Mẫu 05 of TT 20/2017 (six-month and annual summary): the figures are counted in SQL from the
 * attacks detected in the period of the regime in force; a person adds what the data cannot know
 * (member code, damage notes, helping organisations, proposals) before export; sending is recorded
 * like Mẫu 03's.
 */
export function createMau05Service(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function periodOf(kind: PeriodKind, year: number): Promise<ReportPeriod> {
    const period = mau05Period(await allRegimes(db), kind, year);
    if (!period) throw new DomainError('report.period_unavailable', { year });
    return period;
  }

  async function figures(period: ReportPeriod) {
    const { from, to } = periodInstants(period);
    const [groups, helpers] = await Promise.all([mau05Figures(db, from, to), mau05Helpers(db, from, to)]);
    const rows = Object.fromEntries(MAU05_ATTACK_TYPES.map((t) => [t, { ...EMPTY_CELLS }])) as Record<
      Mau05AttackType,
      Mau05Cells
    >;
    for (const g of groups) {
      const row = rows[mau05Row('attack', g.subtype) ?? 'attack.other'];
      row.count += toInt(g.count);
      row.alone += toInt(g.alone);
      row.domestic += toInt(g.domestic);
      row.foreign += toInt(g.foreign);
      row.coordinator += toInt(g.coordinator);
      row.damage += toInt(g.damage);
    }
    const domestic = new Set<string>();
    const foreign = new Set<string>();
    for (const h of helpers) {
      for (const name of lines(h.helping_organisations)) {
        if (h.help_foreign && !h.help_domestic) foreign.add(name);
        else domestic.add(name);
      }
    }
    return { rows, domestic: [...domestic], foreign: [...foreign] };
  }

  function view(
    period: ReportPeriod,
    f: Awaited<ReturnType<typeof figures>>,
    stored?: PeriodicReportRow,
  ): Mau05 {
    return {
      kind: period.kind,
      year: period.year,
      regimeId: period.regimeId,
      reportCode: period.reportCode,
      label: period.label,
      start: period.start,
      end: period.end,
      dueBefore: period.dueBefore,
      verified: period.verified,
      rows: MAU05_ATTACK_TYPES.map((t) => ({ type: t, label: MAU05_ROW_LABELS[t], cells: f.rows[t] })),
      total: mau05Total(MAU05_ATTACK_TYPES.map((t) => f.rows[t])),
      incidentHelpersDomestic: f.domestic,
      incidentHelpersForeign: f.foreign,
      memberCode: stored?.member_code ?? null,
      damageNotes: stored?.damage_notes ?? null,
      helpersDomestic: stored?.helpers_domestic ?? null,
      helpersForeign: stored?.helpers_foreign ?? null,
      proposals: stored?.proposals ?? null,
      notes: stored?.notes ?? null,
      reference: stored?.reference ?? null,
      generatedAt: toIso(stored?.generated_at),
      sentAt: toIso(stored?.sent_at),
      sentTo: stored?.sent_to ?? null,
      version: stored?.version ?? 0,
    };
  }

  async function get(actor: RequestActor, kind: PeriodKind, year: number): Promise<Mau05> {
    requireRead(actor);
    const period = await periodOf(kind, year);
    const [f, stored] = await Promise.all([figures(period), findPeriodicReport(db, kind, year)]);
    return view(period, f, stored);
  }

  /** The stored record of a period, created on first need (within the caller's transaction). */
  async function ensureStored(trx: ServiceDeps['db'], period: ReportPeriod, actor: RequestActor) {
    const existing = await findPeriodicReport(trx, period.kind, period.year);
    if (existing) return { row: existing, created: false };
    const row = await insertPeriodicReport(trx, {
      kind: period.kind,
      year: period.year,
      regime_id: period.regimeId,
      report_code: period.reportCode,
      period_start: period.start,
      period_end: period.end,
      updated_by: actor.userId,
      updated_at: clock.now(),
    });
    return { row, created: true };
  }

  return {
    get,

    async save(actor: RequestActor, kind: PeriodKind, year: number, input: Mau05Input): Promise<Mau05> {
      requireManage(actor);
      const period = await periodOf(kind, year);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const { row } = await ensureStored(trx, period, actor);
        const after = await updatePeriodicReport(trx, row.id, {
          ...(input.memberCode !== undefined ? { member_code: blank(input.memberCode) } : {}),
          ...(input.damageNotes !== undefined ? { damage_notes: blank(input.damageNotes) } : {}),
          ...(input.helpersDomestic !== undefined ? { helpers_domestic: blank(input.helpersDomestic) } : {}),
          ...(input.helpersForeign !== undefined ? { helpers_foreign: blank(input.helpersForeign) } : {}),
          ...(input.proposals !== undefined ? { proposals: blank(input.proposals) } : {}),
          ...(input.notes !== undefined ? { notes: blank(input.notes) } : {}),
          updated_by: actor.userId,
          updated_at: clock.now(),
        });
        await audit({
          action: 'report.mau05_update',
          entityType: 'periodic_report',
          entityId: row.id,
          before: row,
          after,
        });
      });
      return get(actor, kind, year);
    },

    /** The report as DOCX, PDF or XLSX; issuing it is recorded (and audited), as for Mẫu 03. */
    async render(
      actor: RequestActor,
      kind: PeriodKind,
      year: number,
      format: Mau05Format,
    ): Promise<RenderedFile> {
      requireRead(actor);
      const period = await periodOf(kind, year);
      const [f, bodies, stored] = await Promise.all([
        figures(period),
        issuingBodies(db),
        findPeriodicReport(db, kind, year),
      ]);
      const now = clock.now();
      const baseName = `Mau05-${kind === 'six_month' ? '6-thang' : 'nam'}-${year}`;
      let file: RenderedFile;
      if (format === 'xlsx') {
        const rows = mau05TableRows(f.rows).map((r) => r.map((c, i) => (i >= 2 ? toNumber(c) : c)));
        file = {
          filename: `${baseName}.xlsx`,
          contentType: XLSX_TYPE,
          bytes: await writeXlsx('Mẫu 05', [...MAU05_COLUMNS], rows),
        };
      } else {
        const model = mau05Model({
          period,
          organisation: bodies.committee,
          parentBody: bodies.parentBody,
          memberCode: stored?.member_code ?? null,
          place: bodies.place,
          issuedAt: now.toISOString(),
          number: stored?.reference ?? null,
          rows: f.rows,
          helpersDomestic: [...new Set([...f.domestic, ...lines(stored?.helpers_domestic)])],
          helpersForeign: [...new Set([...f.foreign, ...lines(stored?.helpers_foreign)])],
          damageNotes: stored?.damage_notes ?? null,
          proposals: stored?.proposals ?? null,
          notes: stored?.notes ?? null,
          signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: '' },
        });
        file = await renderDocument(model, format, baseName);
      }
      // Only those who manage reports issue them; a leader's download is a read.
      if (can(actor, 'report.manage')) {
        await mutate(deps, actor, async ({ trx, audit }) => {
          const { row } = await ensureStored(trx, period, actor);
          const after = await updatePeriodicReport(trx, row.id, { generated_at: now, updated_at: now });
          await audit({
            action: 'report.mau05_issue',
            entityType: 'periodic_report',
            entityId: row.id,
            after: { kind, year, format, generatedAt: toIso(after.generated_at) },
          });
        });
      }
      return file;
    },

    async recordSent(
      actor: RequestActor,
      kind: PeriodKind,
      year: number,
      input: ReportSentInput,
    ): Promise<Mau05> {
      requireManage(actor);
      await periodOf(kind, year);
      await mutate(deps, actor, async ({ trx, audit }) => {
        const row = await findPeriodicReport(trx, kind, year);
        if (!row?.generated_at) throw new DomainError('report.not_generated');
        const after = await updatePeriodicReport(trx, row.id, {
          sent_at: new Date(input.sentAt),
          sent_to: input.sentTo.trim(),
          reference: blank(input.reference) ?? row.reference,
          updated_by: actor.userId,
          updated_at: clock.now(),
        });
        await audit({
          action: 'report.mau05_sent',
          entityType: 'periodic_report',
          entityId: row.id,
          before: row,
          after,
        });
      });
      return get(actor, kind, year);
    },
  };
}

/** "1.234.567" back to a number for the spreadsheet; other text as is. */
function toNumber(cell: string): string | number {
  return /^-?[\d.]+$/.test(cell) ? Number(cell.replace(/\./g, '')) : cell;
}
