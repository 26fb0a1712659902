import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  computeReadiness,
  READINESS_CRITERIA,
  READINESS_CRITERION_CODES,
  type ReadinessCriterionCode,
  type ReadinessSystemFacts,
  type UnitReadinessFacts,
} from './criteria.ts';

const NOW = '2025-09-15T09:00:00+07:00';

function buildSystem(overrides: Partial<ReadinessSystemFacts> = {}): ReadinessSystemFacts {
  return {
    id: 'sys-1',
    name: 'Cổng thông tin điện tử',
    level: 3,
    lastRestoreTestAt: '2025-06-01',
    lastDrillAt: '2025-04-20',
    lastScanAt: '2025-05-10',
    ...overrides,
  };
}

/** A unit that meets every criterion at NOW. */
function buildFacts(overrides: Partial<UnitReadinessFacts> = {}): UnitReadinessFacts {
  return {
    securityOfficerName: 'Trần Thị B',
    antivirusLicenceExpiresAt: '2026-03-31',
    firewallLicenceExpiresAt: '2026-01-15',
    systems: [buildSystem()],
    lastTrainingAt: '2025-03-12',
    inventoryUpdatedAt: '2025-01-05',
    focalPoints: { main: true, backup: true },
    ...overrides,
  };
}

function criterion(facts: UnitReadinessFacts, code: ReadinessCriterionCode, now = NOW) {
  const found = computeReadiness(facts, { now }).criteria.find((c) => c.code === code);
  assert.ok(found, code);
  return found;
}

test('weights add up to 100 and a fully ready unit scores 100', () => {
  const sum = READINESS_CRITERION_CODES.reduce((s, c) => s + READINESS_CRITERIA[c].weight, 0);
  assert.equal(sum, 100);
  const result = computeReadiness(buildFacts(), { now: NOW });
  assert.equal(result.score, 100);
  assert.equal(result.criteria.length, READINESS_CRITERION_CODES.length);
  for (const c of result.criteria) assert.equal(c.status, 'met', `${c.code}: ${c.reason.en}`);
});

test('officer appointed: met names the officer; not met when blank', () => {
  assert.match(criterion(buildFacts(), 'officer_appointed').reason.vi, /Trần Thị B/);
  assert.equal(criterion(buildFacts({ securityOfficerName: '  ' }), 'officer_appointed').status, 'not_met');
  assert.equal(criterion(buildFacts({ securityOfficerName: null }), 'officer_appointed').status, 'not_met');
});

test('an expired antivirus licence lowers the score and the reason names the expiry date', () => {
  const result = computeReadiness(buildFacts({ antivirusLicenceExpiresAt: '2025-08-31' }), { now: NOW });
  assert.equal(result.score, 85);
  const av = result.criteria.find((c) => c.code === 'antivirus_licence');
  assert.equal(av?.status, 'not_met');
  assert.match(av?.reason.vi ?? '', /hết hạn ngày 31\/08\/2025/);
  assert.match(av?.reason.en ?? '', /expired on 2025-08-31/);
});

test('antivirus licence: valid through its expiry day; missing licence is not met', () => {
  const sameDay = criterion(buildFacts({ antivirusLicenceExpiresAt: '2025-09-15' }), 'antivirus_licence');
  assert.equal(sameDay.status, 'met');
  assert.match(sameDay.reason.vi, /15\/09\/2025/);
  const missing = criterion(buildFacts({ antivirusLicenceExpiresAt: null }), 'antivirus_licence');
  assert.equal(missing.status, 'not_met');
  assert.match(missing.reason.en, /No antivirus licence/);
});

test('firewall licence: met and expired', () => {
  assert.equal(criterion(buildFacts(), 'firewall_licence').status, 'met');
  const expired = criterion(buildFacts({ firewallLicenceExpiresAt: '2024-12-31' }), 'firewall_licence');
  assert.equal(expired.status, 'not_met');
  assert.match(expired.reason.vi, /tường lửa đã hết hạn ngày 31\/12\/2024/);
});

test('backup restore: every system within 6 months; names the late ones; n/a without systems', () => {
  const late = buildSystem({
    id: 'sys-2',
    name: 'Một cửa điện tử',
    level: 2,
    lastRestoreTestAt: '2025-03-14',
  });
  const never = buildSystem({ id: 'sys-3', name: 'Thư điện tử', level: 1, lastRestoreTestAt: null });
  const result = criterion(buildFacts({ systems: [buildSystem(), late, never] }), 'backup_restore_tested');
  assert.equal(result.status, 'not_met');
  assert.match(result.reason.vi, /Một cửa điện tử, Thư điện tử/);
  assert.doesNotMatch(result.reason.vi, /Cổng thông tin/);
  const edge = buildSystem({ lastRestoreTestAt: '2025-03-15' });
  assert.equal(criterion(buildFacts({ systems: [edge] }), 'backup_restore_tested').status, 'met');
  assert.equal(criterion(buildFacts({ systems: [] }), 'backup_restore_tested').status, 'not_applicable');
});

test('backup restore: the period is a parameter', () => {
  const facts = buildFacts({ systems: [buildSystem({ lastRestoreTestAt: '2025-06-01' })] });
  const result = computeReadiness(facts, { now: NOW, params: { restoreTestMaxMonths: 3 } });
  const c = result.criteria.find((x) => x.code === 'backup_restore_tested');
  assert.equal(c?.status, 'not_met');
  assert.match(c?.reason.en ?? '', /last 3 months/);
});

test('training: this calendar year in Vietnam time', () => {
  assert.equal(criterion(buildFacts(), 'training_this_year').status, 'met');
  const lastYear = criterion(buildFacts({ lastTrainingAt: '2024-11-20' }), 'training_this_year');
  assert.equal(lastYear.status, 'not_met');
  assert.match(lastYear.reason.vi, /năm 2025 \(lần gần nhất: 20\/11\/2024\)/);
  // 31/12/2024 18:00 UTC is already 1/1/2025 in Vietnam.
  const newYear = criterion(buildFacts({ lastTrainingAt: '2024-12-31T18:00:00Z' }), 'training_this_year');
  assert.equal(newYear.status, 'met');
  assert.equal(criterion(buildFacts({ lastTrainingAt: null }), 'training_this_year').status, 'not_met');
});

test('drill: level 3+ systems drilled this year (Chỉ thị 18); n/a without level 3+', () => {
  assert.equal(criterion(buildFacts(), 'drill_level3').status, 'met');
  const notDrilled = buildFacts({
    systems: [buildSystem({ name: 'Quản lý văn bản', lastDrillAt: '2024-10-01' })],
  });
  const c = criterion(notDrilled, 'drill_level3');
  assert.equal(c.status, 'not_met');
  assert.match(c.reason.vi, /Chưa diễn tập trong năm 2025: Quản lý văn bản/);
  const lowLevel = buildFacts({ systems: [buildSystem({ level: 2, lastDrillAt: null })] });
  assert.equal(criterion(lowLevel, 'drill_level3').status, 'not_applicable');
});

test('an unclassified system counts as level 3 for the drill and scan criteria', () => {
  const facts = buildFacts({
    systems: [buildSystem({ level: 'unclassified', lastDrillAt: null, lastScanAt: null })],
  });
  assert.equal(criterion(facts, 'drill_level3').status, 'not_met');
  assert.equal(criterion(facts, 'scan_level3').status, 'not_met');
});

test('scan: within 6 months for level 3+; n/a without level 3+', () => {
  assert.equal(criterion(buildFacts(), 'scan_level3').status, 'met');
  const old = buildFacts({ systems: [buildSystem({ lastScanAt: '2025-02-28' })] });
  assert.equal(criterion(old, 'scan_level3').status, 'not_met');
  const lowLevel = buildFacts({ systems: [buildSystem({ level: 1, lastScanAt: null })] });
  assert.equal(criterion(lowLevel, 'scan_level3').status, 'not_applicable');
});

test('inventory: updated within 12 months', () => {
  assert.equal(criterion(buildFacts(), 'inventory_updated').status, 'met');
  const stale = criterion(buildFacts({ inventoryUpdatedAt: '2024-09-14' }), 'inventory_updated');
  assert.equal(stale.status, 'not_met');
  assert.match(stale.reason.vi, /14\/09\/2024, đã quá 12 tháng/);
  assert.equal(criterion(buildFacts({ inventoryUpdatedAt: null }), 'inventory_updated').status, 'not_met');
});

test('focal points: both main and backup (Mẫu 01)', () => {
  assert.equal(criterion(buildFacts(), 'focal_points').status, 'met');
  const noBackup = criterion(buildFacts({ focalPoints: { main: true, backup: false } }), 'focal_points');
  assert.equal(noBackup.status, 'not_met');
  assert.match(noBackup.reason.vi, /đầu mối dự phòng/);
  const none = criterion(buildFacts({ focalPoints: { main: false, backup: false } }), 'focal_points');
  assert.match(none.reason.vi, /đầu mối chính và dự phòng/);
});

test('not-applicable criteria leave the denominator', () => {
  // No level 3+ system: drill and scan (20 points) drop out; the officer (15) is missing → 15/80 lost.
  const facts = buildFacts({ securityOfficerName: null, systems: [buildSystem({ level: 2 })] });
  const result = computeReadiness(facts, { now: NOW });
  assert.equal(result.criteria.filter((c) => c.status === 'not_applicable').length, 2);
  assert.equal(result.score, Math.round((100 * 65) / 80));
});

test('an unparseable date is a programming error', () => {
  assert.throws(
    () => computeReadiness(buildFacts({ inventoryUpdatedAt: '2025-02-30' }), { now: NOW }),
    RangeError,
  );
  assert.throws(() => computeReadiness(buildFacts(), { now: 'yesterday' }), RangeError);
});
