import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { foldVietnamese } from '../text/normalize.ts';
import { ClassificationSuggestionSchema, suggestClassification } from './classifier.ts';
import { GROUP_CUES, NEUTRAL_PHRASES, SUBTYPE_CUES } from './classifier-lexicon.ts';
import { causeGroupOf, SUBTYPES } from './taxonomy.ts';
import { CLASSIFICATION_SET } from './testdata/classification-set.ts';

function subtypeOf(text: string): string | undefined {
  return suggestClassification(text)?.subtype;
}

test('the labelled set covers every subtype in both languages and follows the agreed mix', () => {
  for (const subtype of SUBTYPES) {
    const reports = CLASSIFICATION_SET.filter((r) => r.subtype === subtype);
    assert.ok(reports.length >= 5, `${subtype}: ${reports.length} reports`);
    assert.ok(
      reports.some((r) => r.lang === 'en'),
      `${subtype} has no English report`,
    );
    assert.ok(
      reports.some((r) => r.lang !== 'en'),
      `${subtype} has no Vietnamese report`,
    );
  }
  const share = (pred: (r: (typeof CLASSIFICATION_SET)[number]) => boolean) =>
    CLASSIFICATION_SET.filter(pred).length / CLASSIFICATION_SET.length;
  assert.ok(CLASSIFICATION_SET.length >= 170);
  assert.ok(share((r) => r.lang === 'vi') >= 0.45);
  assert.ok(share((r) => r.lang === 'vi-nodiacritics') >= 0.15);
  assert.ok(share((r) => r.lang === 'en') >= 0.2);
  assert.ok(share((r) => r.ambiguous === true) >= 0.05);
});

test('accuracy on the labelled set: at least 90 % on cause group and 80 % on subtype', () => {
  let group = 0;
  let subtype = 0;
  for (const report of CLASSIFICATION_SET) {
    const s = suggestClassification(report.text);
    if (s?.causeGroup === causeGroupOf(report.subtype)) group++;
    if (s?.subtype === report.subtype) subtype++;
  }
  const n = CLASSIFICATION_SET.length;
  assert.ok(group / n >= 0.9, `cause group accuracy ${((100 * group) / n).toFixed(1)} %`);
  assert.ok(subtype / n >= 0.8, `subtype accuracy ${((100 * subtype) / n).toFixed(1)} %`);
});

test('every subtype is reachable', () => {
  for (const subtype of SUBTYPES) {
    assert.ok(
      CLASSIFICATION_SET.some((r) => r.subtype === subtype && subtypeOf(r.text) === subtype),
      `no report is classified ${subtype}`,
    );
  }
});

test('Vietnamese without diacritics gives the same result as with them', () => {
  for (const report of CLASSIFICATION_SET.filter((r) => r.lang === 'vi')) {
    const withMarks = suggestClassification(report.text);
    const without = suggestClassification(foldVietnamese(report.text));
    assert.equal(without?.causeGroup, withMarks?.causeGroup, report.text);
    assert.equal(without?.subtype, withMarks?.subtype, report.text);
  }
});

test('evidence is words of the original text, as written', () => {
  for (const report of CLASSIFICATION_SET) {
    const s = suggestClassification(report.text);
    for (const words of s?.evidence ?? [])
      assert.ok(report.text.includes(words), `"${words}" in ${report.text}`);
  }
  assert.deepEqual(suggestClassification('Cáp quang BỊ ĐỨT từ sáng')?.evidence, ['Cáp quang BỊ ĐỨT']);
});

test('suggestions match their schema: confidence in 0..1, at most three other alternatives', () => {
  for (const report of CLASSIFICATION_SET) {
    const s = suggestClassification(report.text);
    if (!s) continue;
    assert.ok(Value.Check(ClassificationSuggestionSchema, s), report.text);
    assert.equal(s.causeGroup, causeGroupOf(s.subtype));
    assert.ok(s.alternatives.length <= 3);
    assert.ok(s.alternatives.every((a) => a.subtype !== s.subtype));
    assert.ok(s.evidence.length > 0, report.text);
  }
});

test('empty or unrelated text gives no suggestion', () => {
  for (const text of [
    '',
    '   ',
    '12/03/2025 !!!',
    'Họp giao ban lúc 8h sáng thứ hai tại hội trường UBND',
    'Lunch menu for Friday',
    'Giao nhiệm vụ cho cán bộ kiểm tra máy chủ',
  ]) {
    assert.equal(suggestClassification(text), null, text);
  }
});

test('a negated cause is not evidence', () => {
  const s = suggestClassification('Máy chủ tắt, không phải do mất điện mà do cáp quang bị đứt');
  assert.equal(s?.subtype, 'failure.internet');
  assert.ok(!s?.evidence.includes('mất điện'));
  assert.equal(subtypeOf('Máy chủ tắt do mất điện'), 'failure.power');
  assert.equal(subtypeOf('Website was not defaced, but the server was hit by a DDoS'), 'attack.dos');
  assert.equal(subtypeOf('Dữ liệu không bị mã hóa nhưng máy chủ bị DDoS'), 'attack.dos');
  // A cue that begins with the negation carries it.
  assert.equal(subtypeOf('Tài khoản của cán bộ nghỉ việc chưa bị khóa'), 'operator.policy');
});

test('several attack forms together are a combined attack, one form leading to another is not', () => {
  assert.equal(subtypeOf('Cổng thông tin vừa bị DDoS vừa bị thay giao diện'), 'attack.combined');
  assert.equal(subtypeOf('Bị tấn công tổng hợp nhiều hình thức'), 'attack.combined');
  assert.equal(subtypeOf('Website bị DDoS đồng thời hộp thư bị chiếm quyền'), 'attack.combined');
  assert.equal(
    subtypeOf('Máy bị nhiễm virus, toàn bộ file bị mã hóa và đòi tiền chuộc'),
    'attack.ransomware',
  );
});

test('precedence where cues overlap', () => {
  // A ransom note outranks the generic malware words that come with it.
  assert.equal(subtypeOf('Máy bị nhiễm virus, chạy rất chậm'), 'attack.malware');
  assert.equal(subtypeOf('Virus làm file bị đổi đuôi, màn hình đòi tiền chuộc'), 'attack.ransomware');
  // An update that breaks an application is the operator's change, a plain fault is a failure.
  assert.equal(subtypeOf('Cập nhật bản vá xong thì phần mềm kế toán báo lỗi'), 'operator.software_config');
  assert.equal(subtypeOf('Phần mềm kế toán bị lỗi không lưu được chứng từ'), 'failure.software_hardware');
  // Cause over consequence.
  const storm = suggestClassification('Bão làm mất điện toàn xã');
  assert.equal(storm?.subtype, 'disaster.storm');
  assert.ok(storm!.alternatives.some((a) => a.subtype === 'failure.power'));
  assert.equal(subtypeOf('Hacker DDoS làm máy chủ quá tải'), 'attack.dos');
  // An attack that happened outranks the weak password it exploited.
  assert.equal(subtypeOf('Do mật khẩu yếu nên tài khoản admin bị đăng nhập lạ'), 'attack.intrusion');
});

test('a group named without any subtype cue falls to its "other" subtype', () => {
  assert.equal(subtypeOf('Bị hacker tấn công'), 'attack.other');
  assert.equal(subtypeOf('Thiên tai'), 'disaster.other');
});

test('diacritics typed by the writer are respected', () => {
  // "làm mất" (lose) is not "làm mát" (cooling); "lỗ hổng" (vulnerability) is not "hỏng" (broken).
  assert.equal(subtypeOf('Điều hòa hỏng nên phòng máy không được làm mát'), 'failure.other');
  assert.equal(suggestClassification('Cán bộ làm mất chìa khóa phòng máy'), null);
  assert.notEqual(suggestClassification('Rà soát lỗ hổng trên máy chủ')?.causeGroup, 'failure');
  // Tone placement does not matter: "hoá" and "hóa".
  assert.equal(subtypeOf('Dữ liệu bị mã hoá, đòi tiền chuộc'), 'attack.ransomware');
  // "bão" needs its marks, or a context, to be a storm: "báo" is ordinary Vietnamese.
  assert.equal(subtypeOf('con bao lam sap mai phong may'), 'disaster.storm');
  assert.notEqual(subtypeOf('Bộ phận một cửa báo lỗi phần mềm'), 'disaster.storm');
  assert.notEqual(subtypeOf('mot cua bao loi phan mem'), 'disaster.storm');
});

test('a cue phrase is listed under one target only, so no list order decides between them', () => {
  const targets = new Map<string, string[]>();
  const lists: [string, readonly string[]][] = [
    ...Object.entries(SUBTYPE_CUES),
    ...Object.entries(GROUP_CUES),
    ['neutral', NEUTRAL_PHRASES],
  ];
  for (const [target, list] of lists) {
    for (const part of list.flatMap((line) => line.split(';'))) {
      const phrase = part.split('|')[0]!.trim().normalize('NFC');
      targets.set(phrase, [...(targets.get(phrase) ?? []), target]);
    }
  }
  const twice = [...targets].filter(([, t]) => t.length > 1);
  assert.deepEqual(twice, []);
});

test('deterministic and fast', () => {
  const texts = CLASSIFICATION_SET.map((r) => r.text);
  assert.deepEqual(texts.map(suggestClassification), texts.map(suggestClassification));
  const started = performance.now();
  for (let round = 0; round < 5; round++) for (const text of texts) suggestClassification(text);
  const perReport = (performance.now() - started) / (5 * texts.length);
  assert.ok(perReport < 1, `${perReport.toFixed(3)} ms per report`);
});
