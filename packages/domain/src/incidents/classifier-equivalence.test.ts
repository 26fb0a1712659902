import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { suggestClassification } from './classifier.ts';
import { fastFeatures } from './classifier-fast-features.ts';
import { featuresOf, knownVector } from './classifier-model.ts';
import { shippedModel } from './classifier-shipped.ts';
import { suggestManyWithModel, suggestWithModel } from './classifier-suggest.ts';
import { SUBTYPES } from './taxonomy.ts';
import { CLASSIFICATION_SET } from './testdata/classification-set.ts';
import { classifierCorpus } from './testdata/classifier-corpus.ts';
import { suggestClassification as referenceLexicon } from './testdata/classifier-reference/lexicon-suggest.ts';
import { suggestWithModel as referenceSuggest } from './testdata/classifier-reference/suggest.ts';
import { CLASSIFIER_TEST_ROWS } from './testdata/classifier-test-set.ts';

/**
 * Issue 13 made classification about eight times cheaper (classifier-runtime.ts: features on
 * integer ids). The suggestions must not change at all: every text of the corpus, the original
 * set and the test part, plus awkward ones, gives what the implementation before gave (kept in
 * testdata/classifier-reference/, a verbatim copy), to the last bit of every number.
 */
const AWKWARD = [
  '',
  '   ',
  '12 34 2026',
  'không',
  'Website bị hack 😱😱 hiện dòng chữ hacked by 𝐀𝐁𝐂, không đòi tiền chuộc',
  'mays chur bij maz hoas duwx lieeuj, ddoif tieenf chuoocj',
  'd9ie65n ma4 win10 md5 ddos dns',
  'Không phải do mất điện mà do đứt cáp quang; máy chủ vẫn chạy. But not a DDoS.',
  'vừa bị DDoS vừa bị thay giao diện, đồng thời nhiễm mã độc',
  'bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão bão',
  'a'.repeat(300),
  'Ransomwave ransomware RANSOM phishing phished phish— (cháy) [lũ] “ngập”\n\nmất điện…',
];
const TEXTS = [
  ...classifierCorpus().map((r) => r.text),
  ...CLASSIFICATION_SET.map((r) => r.text),
  ...CLASSIFIER_TEST_ROWS.map((r) => r[2]),
  ...AWKWARD,
];

test('suggestions are those of the implementation before issue 13, on every text', () => {
  const model = shippedModel();
  for (const text of TEXTS) {
    assert.deepEqual(suggestWithModel(text, model), referenceSuggest(text, model), text);
    assert.deepEqual(
      suggestWithModel(text, model, { threshold: 0, modelVersion: 'v' }),
      referenceSuggest(text, model, { threshold: 0, modelVersion: 'v' }),
      text,
    );
    assert.deepEqual(suggestClassification(text), referenceLexicon(text), text);
  }
});

test('the reference itself is unchanged (digest of its suggestions on the corpus, taken before the work)', () => {
  const model = shippedModel();
  const hash = createHash('sha256');
  for (const text of TEXTS.slice(0, TEXTS.length - AWKWARD.length))
    hash.update(JSON.stringify([referenceSuggest(text, model, { threshold: 0 }), referenceLexicon(text)]));
  assert.equal(hash.digest('hex').slice(0, 16), REFERENCE_DIGEST);
});

test('the features and their values are the same to the last bit, with and without the lexicon', () => {
  const shipped = shippedModel();
  for (const model of [shipped, { ...shipped, lexicon: false }]) {
    for (const text of TEXTS) {
      const before = knownVector(model, featuresOf(text, model.lexicon).vector);
      const after = fastFeatures(text, model);
      assert.deepEqual([...after.idx.subarray(0, after.known)], [...before.idx], text);
      assert.deepEqual([...after.val.subarray(0, after.known)], [...before.val], text);
      assert.equal(after.textFeatures, before.textFeatures, text);
    }
  }
});

test('another model (the office’s, biased here) and a model without the lexicon: the same as before', () => {
  const shipped = shippedModel();
  const bias = Float32Array.from(shipped.bias);
  bias[SUBTYPES.indexOf('operator.other')]! += 2;
  for (const model of [
    { ...shipped, bias },
    { ...shipped, lexicon: false },
  ])
    for (const text of TEXTS.filter((_, i) => i % 5 === 0))
      assert.deepEqual(suggestWithModel(text, model), referenceSuggest(text, model), text);
});

test('suggestManyWithModel: one suggestion per text, in order, the same as one at a time', () => {
  const model = shippedModel();
  const texts = TEXTS.filter((_, i) => i % 7 === 0);
  const many = suggestManyWithModel(texts, model, { modelVersion: 'office-3' });
  assert.equal(many.length, texts.length);
  for (const [i, text] of texts.entries())
    assert.deepEqual(many[i], referenceSuggest(text, model, { modelVersion: 'office-3' }), text);
  assert.deepEqual(suggestManyWithModel([], model), []);
});

// sha256 (first 16 hex digits) of the reference's suggestions on the corpus, the original set and
// the test part, equal to that of a snapshot of the product's output taken before any change.
const REFERENCE_DIGEST = '3776e72b3ebcde8b';
