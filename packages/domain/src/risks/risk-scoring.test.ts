import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SUBTYPES } from '../incidents/taxonomy.ts';
import { SECURITY_LEVEL_CHOICES } from '../systems/system.ts';
import {
  defaultRiskFor,
  heatMap,
  IMPACT_MEANINGS,
  LIKELIHOOD_MEANINGS,
  RISK_BAND_INFO,
  RISK_BANDS,
  RISK_RATINGS,
  type RiskRating,
  riskBand,
  riskScore,
} from './risk-scoring.ts';

const ratingArb = fc.constantFrom(...RISK_RATINGS);

test('every rating has written meanings in both languages', () => {
  for (const r of RISK_RATINGS) {
    for (const m of [LIKELIHOOD_MEANINGS[r], IMPACT_MEANINGS[r]]) {
      assert.ok(m.label.vi && m.label.en && m.meaning.vi && m.meaning.en);
    }
  }
});

test('score is likelihood × impact and bands follow the documented limits', () => {
  assert.equal(riskScore({ likelihood: 4, impact: 5 }), 20);
  const cases: [number, string][] = [
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [20, 'critical'],
    [25, 'critical'],
  ];
  for (const [score, band] of cases) assert.equal(riskBand(score), band, `score ${score}`);
  assert.throws(() => riskBand(0), RangeError);
  assert.throws(() => riskBand(26), RangeError);
  for (const band of RISK_BANDS) assert.match(RISK_BAND_INFO[band].hex, /^#[0-9a-f]{6}$/);
});

test('every possible product falls in exactly one band', () => {
  for (const l of RISK_RATINGS) {
    for (const i of RISK_RATINGS) {
      const s = l * i;
      const hits = RISK_BANDS.filter((b) => s >= RISK_BAND_INFO[b].min && s <= RISK_BAND_INFO[b].max);
      assert.deepEqual(hits, [riskBand(s)], `score ${s}`);
    }
  }
});

test('property: score and band are monotonic in likelihood and impact', () => {
  fc.assert(
    fc.property(ratingArb, ratingArb, ratingArb, ratingArb, (l1, i1, l2, i2) => {
      const lo = { likelihood: Math.min(l1, l2) as RiskRating, impact: Math.min(i1, i2) as RiskRating };
      const hi = { likelihood: Math.max(l1, l2) as RiskRating, impact: Math.max(i1, i2) as RiskRating };
      assert.ok(riskScore(lo) <= riskScore(hi));
      assert.ok(RISK_BANDS.indexOf(riskBand(riskScore(lo))) <= RISK_BANDS.indexOf(riskBand(riskScore(hi))));
    }),
  );
});

test('heatMap counts risks by [likelihood-1][impact-1]', () => {
  const map = heatMap([
    { likelihood: 1, impact: 5 },
    { likelihood: 1, impact: 5 },
    { likelihood: 5, impact: 1 },
  ]);
  assert.equal(map.length, 5);
  for (const row of map) assert.equal(row.length, 5);
  assert.equal(map[0]?.[4], 2);
  assert.equal(map[4]?.[0], 1);
  assert.equal(
    map.flat().reduce((a, b) => a + b, 0),
    3,
  );
  assert.deepEqual(heatMap([]).flat(), Array(25).fill(0));
});

test('defaultRiskFor is defined for every level and subtype, within range', () => {
  for (const level of SECURITY_LEVEL_CHOICES) {
    for (const subtype of SUBTYPES) {
      const d = defaultRiskFor(level, subtype);
      assert.ok(RISK_RATINGS.includes(d.likelihood) && RISK_RATINGS.includes(d.impact));
      assert.equal(d.score, d.likelihood * d.impact);
      assert.equal(d.band, riskBand(d.score));
      assert.ok(d.rationale.vi.length > 0 && d.rationale.en.length > 0);
    }
  }
});

test('defaults: higher levels never lower the suggested score; unclassified behaves as level 3', () => {
  for (const subtype of SUBTYPES) {
    for (let level = 1; level < 5; level++) {
      const lower = defaultRiskFor(level as RiskRating, subtype);
      const higher = defaultRiskFor((level + 1) as RiskRating, subtype);
      assert.ok(lower.score <= higher.score, `${subtype} level ${level}`);
    }
    const unclassified = defaultRiskFor('unclassified', subtype);
    const three = defaultRiskFor(3, subtype);
    assert.equal(unclassified.score, three.score);
    assert.match(unclassified.rationale.vi, /chưa xác định cấp độ/);
  }
});

test('defaults: ransomware on a level 3 system is high; phishing on level 1 is low', () => {
  assert.deepEqual(
    (({ likelihood, impact, band }) => ({ likelihood, impact, band }))(
      defaultRiskFor(3, 'attack.ransomware'),
    ),
    { likelihood: 3, impact: 4, band: 'high' },
  );
  const phishing = defaultRiskFor(1, 'attack.phishing');
  assert.equal(phishing.likelihood, 3);
  assert.equal(phishing.impact, 1);
  assert.equal(phishing.band, 'low');
});
