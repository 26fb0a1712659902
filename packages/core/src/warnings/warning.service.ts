import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { normalizeObservable } from '@ungcuu/domain/incidents/observables.ts';
import { parseSharedText } from '@ungcuu/domain/sharing/import.ts';
import { toMispEvent } from '@ungcuu/domain/sharing/misp.ts';
import { toStixBundle } from '@ungcuu/domain/sharing/stix-export.ts';
import { warningDraftFromCveRecord } from '@ungcuu/domain/warnings/cve-record.ts';
import { parseVersionRange } from '@ungcuu/domain/warnings/product-match.ts';
import {
  completeDraft,
  type Targeting,
  targetingAllowed,
  type WarningDraft,
} from '@ungcuu/domain/warnings/warning.ts';
import type {
  TargetingPreviewInput,
  WarningListQuery,
  WarningPatch,
} from '@ungcuu/domain/warnings/warning-api.ts';
import { shareableOfWarning, warningDraftFromAdvisory } from '@ungcuu/domain/warnings/warning-sharing.ts';
import type { WarningRow } from '../db/schema-warnings.ts';
import { notify } from '../notifications/notify.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { toDay } from '../shared/row-values.ts';
import * as repo from './warning.repository.ts';
import { countsByWarning, seesAllWarnings, warningDetail, warningSummary } from './warning.view.ts';
import * as targets from './warning-target.repository.ts';
import { planWarningTargets } from './warning-targeting.ts';

const SEVERITY_TIER: Record<string, number | null> = { critical: 3, high: null, medium: null, low: null };

function requireManage(actor: RequestActor): void {
  if (!can(actor, 'warning.manage')) throw new DomainError('forbidden');
}

/** The draft's products and indicators, checked: a range that does not parse or a bad indicator is a 400. */
function checkedParts(d: ReturnType<typeof completeDraft>) {
  for (const p of d.products)
    if (parseVersionRange(p.versionRange) === null)
      throw new DomainError('warning.bad_range', { range: p.versionRange.slice(0, 80) });
  const indicators = d.indicators.map((i) => {
    const normalized = normalizeObservable(i.type, i.value);
    if (normalized === null)
      throw new DomainError('warning.bad_indicator', { value: i.value.slice(0, 80), type: i.type });
    return { kind: i.type, value: i.value.trim(), normalized };
  });
  if (!targetingAllowed(d.tlp, d.targeting)) throw new DomainError('warning.tlp_red_targeting');
  return { indicators };
}

/** Columns of a complete draft. */
function draftColumns(d: ReturnType<typeof completeDraft>) {
  return {
    title: d.title,
    description: d.description,
    severity: d.severity,
    tlp: d.tlp,
    cves: d.cves,
    required_actions: d.requiredActions,
    deadline: d.deadline,
    targeting: JSON.stringify(d.targeting),
    source_ref: d.sourceRef,
  };
}

/** The draft as stored, so that a patch is checked as a whole. */
function draftOf(
  row: WarningRow,
  products: Awaited<ReturnType<typeof repo.productsOfWarning>>,
  indicators: { kind: string; value: string }[],
): WarningDraft {
  return {
    title: row.title,
    description: row.description,
    severity: row.severity as WarningDraft['severity'] & string,
    tlp: row.tlp as WarningDraft['tlp'],
    cves: row.cves,
    indicators: indicators.map((i) => ({ type: i.kind as 'ip', value: i.value })),
    products: products.map((p) => ({
      vendor: p.vendor,
      product: p.product,
      versionRange: p.version_range,
      cpe: p.cpe,
    })),
    requiredActions: row.required_actions,
    deadline: toDay(row.deadline),
    targeting: row.targeting,
    sourceRef: row.source_ref,
  };
}

export function createWarningService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const today = () => vnToday(clock.now());

  /** The warning, or 404 when the caller may not see it: a unit sees published warnings sent to it. */
  async function readable(actor: RequestActor, id: string) {
    const row = await repo.findWarning(db, id);
    if (!row) throw new DomainError('not_found', { entity: 'warning' });
    const target = await targets.findTarget(db, id, actor.unitId);
    if (seesAllWarnings(actor)) return { row, target: target ?? null };
    if (row.status === 'draft' || !target || !can(actor, 'warning.read', { unitIds: [target.unit_id] }))
      throw new DomainError('not_found', { entity: 'warning' });
    return { row, target };
  }

  async function detail(actor: RequestActor, id: string) {
    const { row, target } = await readable(actor, id);
    const all = seesAllWarnings(actor);
    const [products, indicators, files, incidents, counts] = await Promise.all([
      repo.productsOfWarning(db, id),
      repo.indicatorsOfWarning(db, id),
      repo.filesOfWarning(db, id, all ? 'all' : actor.unitId),
      all ? repo.incidentsOfWarning(db, id) : Promise.resolve([]),
      all ? targets.targetCounts(db, [id], today()) : Promise.resolve([]),
    ]);
    return warningDetail(actor, row, {
      counts: countsByWarning(counts).get(id) ?? null,
      target,
      today: today(),
      products,
      indicators,
      files,
      incidents,
    });
  }

  async function saveDraft(
    actor: RequestActor,
    draft: WarningDraft,
    step: 'created' | 'imported',
    source?: string,
  ) {
    requireManage(actor);
    const d = completeDraft(draft);
    const { indicators } = checkedParts(d);
    const id = await mutate(deps, actor, async ({ trx, audit, announce }) => {
      const n = await repo.nextWarningNumber(trx);
      const now = clock.now();
      const row = await repo.insertWarning(trx, {
        ...draftColumns(d),
        code: `CB-${today().slice(0, 4)}-${String(n).padStart(4, '0')}`,
        created_by: actor.userId,
        updated_at: now,
      });
      await repo.replaceWarningProducts(
        trx,
        row.id,
        d.products.map((p, position) => ({
          warning_id: row.id,
          position,
          vendor: p.vendor.trim(),
          product: p.product.trim(),
          version_range: p.versionRange.trim(),
          cpe: p.cpe ?? null,
        })),
      );
      await repo.replaceWarningIndicators(
        trx,
        row.id,
        indicators.map((i) => ({ warning_id: row.id, ...i })),
      );
      await repo.addWarningTimeline(trx, {
        warningId: row.id,
        at: now,
        step,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        data: source ? { source } : null,
      });
      await audit({
        action: step === 'imported' ? 'warning.import' : 'warning.create',
        entityType: 'warning',
        entityId: row.id,
        unitId: actor.unitId,
        after: { ...row, products: d.products, indicators },
      });
      await announce({ entity: 'warning', id: row.id, action: 'create', unitIds: [actor.unitId] });
      return row.id;
    });
    return detail(actor, id);
  }

  return {
    readable,
    get: detail,

    async list(actor: RequestActor, query: WarningListQuery) {
      if (!can(actor, 'warning.read')) throw new DomainError('forbidden');
      const all = seesAllWarnings(actor);
      const { rows, total } = await repo.listWarnings(
        db,
        query,
        all ? { all: true } : { all: false, unitId: actor.unitId },
      );
      const ids = rows.map((r) => r.id);
      const [counts, mine] = await Promise.all([
        all ? targets.targetCounts(db, ids, today()) : Promise.resolve([]),
        targets.targetsOfUnit(db, ids, actor.unitId),
      ]);
      const countMap = countsByWarning(counts);
      const mineMap = new Map(mine.map((t) => [t.warning_id, t]));
      return {
        total,
        items: rows.map((r) =>
          warningSummary(actor, r, countMap.get(r.id) ?? null, mineMap.get(r.id) ?? null, today()),
        ),
      };
    },

    create: (actor: RequestActor, draft: WarningDraft) => saveDraft(actor, draft, 'created'),

    /** An advisory parsed elsewhere (MISP event, STIX bundle) as a new draft; `source` names it on the record. */
    importDraft: (actor: RequestActor, draft: WarningDraft, source: string) =>
      saveDraft(actor, draft, 'imported', source),

    /** A CVE JSON 5 record as a new draft (targeting by product by default). */
    async importCve(actor: RequestActor, bytes: Buffer) {
      requireManage(actor);
      let record: unknown;
      try {
        record = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw new DomainError('warning.cve_invalid', { detail: 'not JSON' });
      }
      const draft = warningDraftFromCveRecord(record);
      return saveDraft(actor, draft, 'imported', draft.sourceRef ?? 'CVE');
    },

    /**
     * A MISP event or STIX 2.1 bundle (JSON text) as a new draft: read and checked whole before
     * anything is written (sharing/import.ts), so a bad file leaves nothing behind.
     */
    async importShared(actor: RequestActor, text: string) {
      requireManage(actor);
      const draft = warningDraftFromAdvisory(parseSharedText(text));
      return saveDraft(actor, draft, 'imported', draft.sourceRef ?? 'MISP/STIX');
    },

    /** The warning as a MISP event or STIX 2.1 bundle, for whoever may read it; the download is audited. */
    async exportShared(actor: RequestActor, id: string, format: 'misp' | 'stix') {
      const { row } = await readable(actor, id);
      const indicators = await repo.indicatorsOfWarning(db, id);
      const item = shareableOfWarning(
        {
          ...row,
          created: new Date(row.created_at).toISOString(),
          modified: new Date(row.updated_at).toISOString(),
        },
        indicators,
      );
      const office = { name: (await findUnitById(db, actor.unitId))?.name ?? 'ungcuu' };
      const document = format === 'misp' ? toMispEvent(item, office) : toStixBundle(item, office);
      await mutate(deps, actor, ({ audit }) =>
        audit({
          action: 'warning.share_export',
          entityType: 'warning',
          entityId: id,
          unitId: actor.unitId,
          after: { format, tlp: row.tlp, indicators: indicators.length },
        }),
      );
      return {
        filename: `${row.code}.${format}.json`,
        contentType: 'application/json',
        bytes: Buffer.from(JSON.stringify(document, null, 2)),
      };
    },

    async update(actor: RequestActor, id: string, patch: WarningPatch, expectedVersion?: number) {
      requireManage(actor);
      const { row } = await readable(actor, id);
      if (row.status !== 'draft') throw new DomainError('warning.not_draft');
      if (expectedVersion !== undefined && expectedVersion !== row.version)
        throw new DomainError('conflict.stale');
      const [products, indicators] = await Promise.all([
        repo.productsOfWarning(db, id),
        repo.indicatorsOfWarning(db, id),
      ]);
      const merged = completeDraft({ ...draftOf(row, products, indicators), ...patch });
      const checked = checkedParts(merged);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const locked = await repo.lockWarning(trx, id);
        if (locked?.status !== 'draft') throw new DomainError('warning.not_draft');
        const after = await repo.updateWarning(trx, id, { ...draftColumns(merged), updated_at: clock.now() });
        if (patch.products)
          await repo.replaceWarningProducts(
            trx,
            id,
            merged.products.map((p, position) => ({
              warning_id: id,
              position,
              vendor: p.vendor.trim(),
              product: p.product.trim(),
              version_range: p.versionRange.trim(),
              cpe: p.cpe ?? null,
            })),
          );
        if (patch.indicators)
          await repo.replaceWarningIndicators(
            trx,
            id,
            checked.indicators.map((i) => ({ warning_id: id, ...i })),
          );
        await repo.addWarningTimeline(trx, {
          warningId: id,
          at: clock.now(),
          step: 'updated',
          actorUserId: actor.userId,
          actorLabel: actor.label,
        });
        await audit({
          action: 'warning.update',
          entityType: 'warning',
          entityId: id,
          unitId: actor.unitId,
          before: row,
          after,
        });
        await announce({ entity: 'warning', id, action: 'update', unitIds: [actor.unitId] });
      });
      return detail(actor, id);
    },

    async remove(actor: RequestActor, id: string) {
      requireManage(actor);
      const { row } = await readable(actor, id);
      if (row.status !== 'draft') throw new DomainError('warning.not_draft');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        await repo.deleteWarning(trx, id);
        await audit({
          action: 'warning.delete',
          entityType: 'warning',
          entityId: id,
          unitId: actor.unitId,
          before: row,
        });
        await announce({ entity: 'warning', id, action: 'delete', unitIds: [actor.unitId] });
        return { id, deleted: true };
      });
    },

    /** Which units would receive a warning with these products and this targeting, and why. */
    async preview(actor: RequestActor, input: TargetingPreviewInput) {
      requireManage(actor);
      if (!targetingAllowed(input.tlp, input.targeting)) throw new DomainError('warning.tlp_red_targeting');
      for (const p of input.products)
        if (parseVersionRange(p.versionRange) === null)
          throw new DomainError('warning.bad_range', { range: p.versionRange.slice(0, 80) });
      return { items: await planWarningTargets(db, input.products, input.targeting) };
    },

    /**
     * Publishing sends the warning: one target per chosen unit and a notice to each unit's people,
     * in one transaction (no unit is told of a warning that is not there, none is missed).
     */
    async publish(actor: RequestActor, id: string) {
      requireManage(actor);
      await readable(actor, id);
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const row = await repo.lockWarning(trx, id);
        if (row?.status !== 'draft') throw new DomainError('warning.not_draft');
        const targeting = row.targeting as Targeting;
        if (!targetingAllowed(row.tlp as 'RED', targeting))
          throw new DomainError('warning.tlp_red_targeting');
        const products = await repo.productsOfWarning(trx, id);
        const planned = await planWarningTargets(
          trx,
          products.map((p) => ({
            vendor: p.vendor,
            product: p.product,
            versionRange: p.version_range,
            cpe: p.cpe,
          })),
          targeting,
        );
        if (planned.length === 0) throw new DomainError('warning.no_targets');
        const now = clock.now();
        await targets.insertTargets(
          trx,
          planned.map((p) => ({
            warning_id: id,
            unit_id: p.unitId,
            reason: p.reason,
            matched_systems: JSON.stringify(p.matchedSystems),
            updated_at: now,
          })),
        );
        const after = await repo.updateWarning(trx, id, {
          status: 'published',
          published_at: now,
          published_by: actor.userId,
          updated_at: now,
        });
        const unitIds = planned.map((p) => p.unitId);
        // TLP:AMBER+STRICT and RED stay off mail and chat text: the notice says only where to read it.
        const secret = row.tlp === 'RED' || row.tlp === 'AMBER+STRICT';
        await notify(
          trx,
          {
            kind: 'warning_published',
            to: unitIds.map((u) => ({ unit: u })),
            title: secret
              ? {
                  vi: `Cảnh báo mới ${row.code} (TLP:${row.tlp}): đăng nhập để xem`,
                  en: `New warning ${row.code} (TLP:${row.tlp}): sign in to read it`,
                }
              : { vi: `Cảnh báo ${row.code}: ${row.title}`, en: `Warning ${row.code}: ${row.title}` },
            body: secret
              ? null
              : {
                  vi: row.required_actions || row.description.slice(0, 500),
                  en: row.required_actions || row.description.slice(0, 500),
                },
            link: `/warnings/${id}`,
            tier: SEVERITY_TIER[row.severity] ?? null,
            dedupeKey: `warning-published:${id}`,
            exceptUserId: actor.userId,
          },
          now,
        );
        const byReason: Record<string, number> = {};
        for (const p of planned) byReason[p.reason] = (byReason[p.reason] ?? 0) + 1;
        await repo.addWarningTimeline(trx, {
          warningId: id,
          at: now,
          step: 'published',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { targets: planned.length, byReason },
        });
        await audit({
          action: 'warning.publish',
          entityType: 'warning',
          entityId: id,
          unitId: actor.unitId,
          before: row,
          after: { ...after, targets: unitIds },
        });
        // A notice naming thousands of units would not fit pg_notify's payload: then everybody hears it.
        await announce({
          entity: 'warning',
          id,
          action: 'publish',
          unitIds: unitIds.length > 100 ? 'all' : [...unitIds, actor.unitId],
        });
      });
      return detail(actor, id);
    },

    async close(actor: RequestActor, id: string) {
      requireManage(actor);
      const { row } = await readable(actor, id);
      if (row.status !== 'published') throw new DomainError('warning.not_published');
      await mutate(deps, actor, async ({ trx, audit, announce }) => {
        const now = clock.now();
        const after = await repo.updateWarning(trx, id, {
          status: 'closed',
          closed_at: now,
          updated_at: now,
        });
        await repo.addWarningTimeline(trx, {
          warningId: id,
          at: now,
          step: 'closed',
          actorUserId: actor.userId,
          actorLabel: actor.label,
        });
        await audit({
          action: 'warning.close',
          entityType: 'warning',
          entityId: id,
          unitId: actor.unitId,
          before: row,
          after,
        });
        await announce({ entity: 'warning', id, action: 'close', unitIds: 'all' });
      });
      return detail(actor, id);
    },
  };
}
export type WarningService = ReturnType<typeof createWarningService>;
