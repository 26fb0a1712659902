import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SECURITY_LEVEL_CHOICES } from '../systems/system.ts';
import {
  ASSESSMENT_QUESTIONS,
  ASSESSMENT_SECTIONS,
  assessmentDefaults,
  assessmentIssues,
  isValidAnswer,
  suggestedRisks,
} from './assessment.ts';

const question = (key: string) => {
  const found = ASSESSMENT_QUESTIONS.find((q) => q.key === key);
  assert.ok(found, key);
  return found;
};

test('the questionnaire covers the four assessments of seed II.2 with unique keys', () => {
  for (const section of ASSESSMENT_SECTIONS) {
    assert.ok(
      ASSESSMENT_QUESTIONS.some((q) => q.section === section),
      section,
    );
  }
  const keys = ASSESSMENT_QUESTIONS.map((q) => q.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const q of ASSESSMENT_QUESTIONS) {
    assert.ok(q.question.vi && q.question.en, q.key);
    if (q.kind === 'choice' || q.kind === 'choices') assert.ok(q.options && q.options.length > 0, q.key);
  }
});

test('defaults are valid answers for every level', () => {
  for (const level of SECURITY_LEVEL_CHOICES) {
    const defaults = assessmentDefaults(level);
    for (const [key, value] of Object.entries(defaults)) assert.ok(isValidAnswer(question(key), value), key);
    assert.deepEqual(
      assessmentIssues(defaults).filter((i) => i.code !== 'unanswered'),
      [],
    );
  }
});

test('current-state questions have no default, so the unit must answer them', () => {
  const defaults = assessmentDefaults(3);
  for (const q of ASSESSMENT_QUESTIONS.filter((q) => q.section === 'current_state')) {
    assert.equal(defaults[q.key], undefined, q.key);
  }
});

test('defaults follow the level: Chỉ thị 18 rhythm from level 3, wider threat list at 4+', () => {
  assert.equal(assessmentDefaults(2)['resources.scan_and_drill'], 'yearly');
  assert.equal(assessmentDefaults(3)['resources.scan_and_drill'], 'ct18');
  assert.equal(assessmentDefaults('unclassified')['resources.scan_and_drill'], 'ct18');
  assert.equal(assessmentDefaults(1)['threats.internet_exposed'], 'no');
  const l4 = assessmentDefaults(4)['threats.likely'];
  assert.ok(Array.isArray(l4) && l4.includes('attack.espionage'));
  assert.equal(assessmentDefaults(5)['consequences.disruption_impact'], 5);
});

test('defaults are copies: editing one result does not change the next', () => {
  const first = assessmentDefaults(2)['threats.likely'];
  assert.ok(Array.isArray(first));
  first.push('disaster.fire');
  const second = assessmentDefaults(2)['threats.likely'];
  assert.ok(Array.isArray(second) && !second.includes('disaster.fire'));
});

test('answer validation by kind', () => {
  assert.ok(isValidAnswer(question('current.antivirus'), 'partial'));
  assert.ok(!isValidAnswer(question('threats.internet_exposed'), 'partial'));
  assert.ok(isValidAnswer(question('consequences.disruption_impact'), 4));
  assert.ok(!isValidAnswer(question('consequences.disruption_impact'), 6));
  assert.ok(!isValidAnswer(question('consequences.max_downtime'), '2h'));
  assert.ok(!isValidAnswer(question('threats.likely'), ['attack.dos', 'attack.dos']));
  assert.ok(!isValidAnswer(question('threats.likely'), ['attack.alien']));
  assert.ok(!isValidAnswer(question('threats.recent_incidents'), 1.5));
  assert.ok(isValidAnswer(question('current.known_weaknesses'), 'Máy chủ chạy Windows Server 2012'));
});

test('assessmentIssues reports unknown keys, invalid answers and unanswered questions', () => {
  const issues = assessmentIssues({ 'current.antivirus': 'maybe', 'bogus.key': 'yes' });
  assert.deepEqual(issues.slice(0, 2), [
    { key: 'current.antivirus', code: 'invalid_answer' },
    { key: 'bogus.key', code: 'unknown_question' },
  ]);
  assert.equal(issues.filter((i) => i.code === 'unanswered').length, ASSESSMENT_QUESTIONS.length - 1);
});

test('suggestedRisks turns likely threats into default-scored risks', () => {
  const risks = suggestedRisks(3, { 'threats.likely': ['attack.ransomware', 'not-a-subtype'] });
  assert.equal(risks.length, 1);
  assert.equal(risks[0]?.subtype, 'attack.ransomware');
  assert.equal(risks[0]?.band, 'high');
  assert.deepEqual(suggestedRisks(3, {}), []);
});
