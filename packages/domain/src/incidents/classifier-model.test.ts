import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { ClassificationSuggestionSchema } from './classifier.ts';
import {
  deserializeModel,
  featuresOf,
  predictProbabilities,
  serializeModel,
  trainModel,
} from './classifier-model.ts';
import {
  officeTrainingSet,
  SHIPPED_FILE,
  shippedModel,
  shippedTrainingSet,
  trainingDigest,
} from './classifier-shipped.ts';
import { suggestWithModel } from './classifier-suggest.ts';
import { causeGroupOf, SUBTYPES } from './taxonomy.ts';
import { classifierCorpus } from './testdata/classifier-corpus.ts';
import { CLASSIFIER_TEST_ROWS } from './testdata/classifier-test-set.ts';

const suggest = (text: string) => suggestWithModel(text, shippedModel());

test('the corpus: at least 1,500 training reports over all 25 subtypes, a separate test part of at least 300', () => {
  const corpus = classifierCorpus();
  assert.ok(corpus.length >= 1500, `${corpus.length}`);
  for (const s of SUBTYPES) {
    assert.ok(corpus.filter((r) => r.subtype === s).length >= 50, s);
    assert.ok(CLASSIFIER_TEST_ROWS.filter((r) => r[0] === s).length >= 10, s);
  }
  for (const style of ['vi', 'vi-plain', 'vi-slip', 'vi-abbrev', 'en'])
    assert.ok(
      corpus.some((r) => r.style === style),
      style,
    );
  assert.ok(CLASSIFIER_TEST_ROWS.length >= 300);
  const training = new Set(shippedTrainingSet().map((e) => e.text));
  assert.ok(
    CLASSIFIER_TEST_ROWS.every(([, , text]) => !training.has(text)),
    'test reports are not trained on',
  );
});

test('the shipped model file was trained from the corpus as it is now (npx tsx scripts/train-shipped-classifier.ts)', () => {
  assert.equal(SHIPPED_FILE.trainingDigest, trainingDigest(shippedTrainingSet()));
});

test('on the untouched test part the shipped model meets the aims: 95 % cause group, 88 % subtype', () => {
  let group = 0;
  let subtype = 0;
  for (const [expected, , text] of CLASSIFIER_TEST_ROWS) {
    const s = suggestWithModel(text, shippedModel(), { threshold: 0 });
    if (s && s.causeGroup === causeGroupOf(expected)) group++;
    if (s?.subtype === expected) subtype++;
  }
  const n = CLASSIFIER_TEST_ROWS.length;
  assert.ok(group / n >= 0.95, `group ${((100 * group) / n).toFixed(1)} %`);
  assert.ok(subtype / n >= 0.88, `subtype ${((100 * subtype) / n).toFixed(1)} %`);
});

test('suggestions match their schema and their evidence is words of the text as written', () => {
  for (const [, , text] of CLASSIFIER_TEST_ROWS.slice(0, 80)) {
    const s = suggest(text);
    if (!s) continue;
    assert.ok(Value.Check(ClassificationSuggestionSchema, s), text);
    assert.equal(s.causeGroup, causeGroupOf(s.subtype));
    assert.ok(s.evidence.length > 0, text);
    for (const words of s.evidence) assert.ok(text.includes(words), `"${words}" in ${text}`);
  }
});

test('text that names no incident gets no suggestion', () => {
  for (const text of [
    '',
    '12/03/2025 !!!',
    'Họp giao ban lúc 8h sáng thứ hai tại hội trường UBND',
    'Lunch menu for Friday',
  ])
    assert.equal(suggest(text), null, text);
});

test('negations are read: "không đòi tiền" is not ransomware, "no ransom note" neither', () => {
  assert.equal(
    suggest('Kẻ tấn công xóa sạch dữ liệu trên máy chủ, không đòi tiền chuộc')?.subtype,
    'attack.destruction',
  );
  assert.equal(suggest('Intruder wiped the file server, no ransom note')?.subtype, 'attack.destruction');
  assert.equal(suggest('Dữ liệu bị mã hóa, hacker đòi tiền chuộc')?.subtype, 'attack.ransomware');
  const { tokens } = featuresOf('không đòi tiền chuộc');
  assert.deepEqual(
    tokens.map((t) => t.negated),
    [false, true, true, true],
  );
});

test('Telex slips classify like the same report typed with marks', () => {
  const pairs: [string, string][] = [
    ['Máy chủ bị mã hóa dữ liệu, đòi tiền chuộc', 'mays chur bij maz hoas duwx lieeuj, ddoif tieenf chuoocj'],
    ['Mất điện, máy chủ tắt hết', 'maats ddieenj, mays chur tawts heets'],
    ['Lũ lụt làm ngập phòng máy', 'luxx lutj lamf ngaapj phongf mays'],
  ];
  for (const [marked, slipped] of pairs)
    assert.equal(suggest(slipped)?.subtype, suggest(marked)?.subtype, slipped);
});

test('a model survives serialisation unchanged', () => {
  const model = shippedModel();
  const copy = deserializeModel(JSON.parse(JSON.stringify(serializeModel(model))));
  const { vector } = featuresOf('Website bị chèn link cờ bạc');
  assert.deepEqual([...predictProbabilities(copy, vector)], [...predictProbabilities(model, vector)]);
});

test("the office's decisions change later suggestions for similar text", () => {
  const probe = 'Website phường hiện trang trắng, hosting báo khóa tài khoản';
  assert.notEqual(suggest(probe)?.subtype, 'operator.other');
  const office = [
    'Website xã hiển thị trang trắng, nhà cung cấp hosting báo tài khoản bị khóa',
    'Cổng thông tin phường trắng trang, bên hosting nói tài khoản đã bị khóa',
    'Trang tin của thị trấn không hiện gì, hosting thông báo khóa tài khoản dịch vụ',
  ].map((text) => ({ text, subtype: 'operator.other' as const }));
  const retrained = trainModel(officeTrainingSet(office));
  assert.equal(suggestWithModel(probe, retrained)?.subtype, 'operator.other');
  // Unrelated reports keep their class.
  assert.equal(suggestWithModel('Máy chủ bị DDoS, lưu lượng rác rất lớn', retrained)?.subtype, 'attack.dos');
});
