import { shippedModel } from './packages/domain/src/incidents/classifier-shipped.ts';
import { fastFeatures } from './packages/domain/src/incidents/classifier-runtime.ts';
import { logitsInto } from './packages/domain/src/incidents/classifier-model.ts';
import { classifierCorpus } from './packages/domain/src/incidents/testdata/classifier-corpus.ts';
const texts = classifierCorpus().map((r) => r.text);
const typical = texts.map((t, i) => `${t}\n${texts[(i * 7 + 3) % texts.length]} ${texts[(i * 13 + 5) % texts.length]}`);
const m = shippedModel();
const f = typical.map((t) => fastFeatures(t, m).known);
console.log('known per typical', f.reduce((a, k) => a + k.idx.length, 0) / f.length, 'tokens', typical.reduce((a,t)=>a+fastFeatures(t,m).tokens.length,0)/typical.length);
const z = new Float64Array(25);
for (let r = 0; r < 3; r++) {
  const c0 = process.cpuUsage();
  for (let p = 0; p < 20; p++) for (const k of f) logitsInto(z, m.weights, m.bias, k.idx, k.val);
  const u = process.cpuUsage(c0);
  console.log('logits µs', (u.user + u.system) / (20 * f.length));
  const c1 = process.cpuUsage();
  for (let p = 0; p < 5; p++) for (const t of typical) fastFeatures(t, m);
  const u1 = process.cpuUsage(c1);
  console.log('fastFeatures µs', (u1.user + u1.system) / (5 * f.length));
}
