import { shippedModel } from './packages/domain/src/incidents/classifier-shipped.ts';
import { fastFeatures } from './packages/domain/src/incidents/classifier-runtime.ts';
import { logitsInto } from './packages/domain/src/incidents/classifier-model.ts';
import { classifierCorpus } from './packages/domain/src/incidents/testdata/classifier-corpus.ts';
const texts = classifierCorpus().map((r) => r.text);
const typical = texts.map((t, i) => `${t}\n${texts[(i * 7 + 3) % texts.length]} ${texts[(i * 13 + 5) % texts.length]}`);
const m = shippedModel();
const f = typical.map((t) => fastFeatures(t, m).known);
const w64 = Float64Array.from(m.weights);
function chunked(out: Float64Array, w: Float64Array | Float32Array, b: Float32Array, idx: Int32Array, val: Float32Array) {
  const C = b.length;
  const K = idx.length;
  let c = 0;
  for (; c + 5 <= C; c += 5) {
    let a0 = b[c]!, a1 = b[c + 1]!, a2 = b[c + 2]!, a3 = b[c + 3]!, a4 = b[c + 4]!;
    for (let k = 0; k < K; k++) {
      const base = idx[k]! * C + c;
      const v = val[k]!;
      a0 += v * w[base]!;
      a1 += v * w[base + 1]!;
      a2 += v * w[base + 2]!;
      a3 += v * w[base + 3]!;
      a4 += v * w[base + 4]!;
    }
    out[c] = a0; out[c + 1] = a1; out[c + 2] = a2; out[c + 3] = a3; out[c + 4] = a4;
  }
  for (; c < C; c++) {
    let a = b[c]!;
    for (let k = 0; k < K; k++) a += val[k]! * w[idx[k]! * C + c]!;
    out[c] = a;
  }
}
const z = new Float64Array(25);
const z2 = new Float64Array(25);
for (const k of f) { logitsInto(z, m.weights, m.bias, k.idx, k.val); chunked(z2, m.weights, m.bias, k.idx, k.val); for (let c=0;c<25;c++) if (z[c]!==z2[c]) throw new Error('diff'); }
const time = (label: string, fn: () => void) => { const c0 = process.cpuUsage(); for (let p = 0; p < 20; p++) fn(); const u = process.cpuUsage(c0); console.log(label, ((u.user + u.system) / (20 * f.length)).toFixed(2)); };
for (let r = 0; r < 3; r++) {
  time('orig32', () => { for (const k of f) logitsInto(z, m.weights, m.bias, k.idx, k.val); });
  time('orig64', () => { for (const k of f) logitsInto(z, w64 as any, m.bias, k.idx, k.val); });
  time('chunk32', () => { for (const k of f) chunked(z, m.weights, m.bias, k.idx, k.val); });
  time('chunk64', () => { for (const k of f) chunked(z, w64, m.bias, k.idx, k.val); });
}
