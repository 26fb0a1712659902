import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { suggestClassification } from './packages/domain/src/incidents/classifier.ts';
import { shippedModel } from './packages/domain/src/incidents/classifier-shipped.ts';
import { suggestWithModel } from './packages/domain/src/incidents/classifier-suggest.ts';
const snap = JSON.parse(readFileSync('/tmp/cls-snapshot.json', 'utf8'));
const m = shippedModel();
let bad = 0;
for (const r of snap) {
  const s = JSON.parse(JSON.stringify(suggestWithModel(r.t, m)));
  const s0 = JSON.parse(JSON.stringify(suggestWithModel(r.t, m, { threshold: 0 })));
  const l = JSON.parse(JSON.stringify(suggestClassification(r.t)));
  if (!isDeepStrictEqual(s, r.s) || !isDeepStrictEqual(s0, r.s0) || !isDeepStrictEqual(l, r.l)) {
    if (bad++ < 3) console.log(r.t, JSON.stringify(r.s0), JSON.stringify(s0));
  }
}
console.log('differences', bad, 'of', snap.length);
