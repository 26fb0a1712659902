// Document rendering (issue 12): the annual plan and a Mẫu 05, each as DOCX and as PDF, from a
// realistic town (40 units, 150 systems, the full playbook catalogue, 120 tasks, 60 budget lines).
// Prints p50 / max of N renders per document and engine, and the file sizes. Aim: ≤ 2 s each.
//
//   npx tsx bench/documents.ts            (BENCH_RUNS=5)
import { renderDocx } from '@ungcuu/core/documents/render-docx.ts';
import { renderPdf } from '@ungcuu/core/documents/render-pdf.ts';
import {
  annualPlanModel,
  defaultRecipients,
  generatePlanSection,
  PLAN_SECTION_KEYS,
  type PlanFacts,
} from '@ungcuu/domain/documents/annual-plan.ts';
import type { DocModel } from '@ungcuu/domain/documents/document-model.ts';
import { MAU05_ATTACK_TYPES, mau05Period } from '@ungcuu/domain/documents/mau05.ts';
import { mau05Model } from '@ungcuu/domain/documents/mau05-document.ts';
import {
  CAUSE_GROUP_LABELS,
  CAUSE_GROUPS,
  SUBTYPE_LABELS,
  SUBTYPES,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { playbookFor } from '@ungcuu/domain/playbooks/catalogue.ts';
import { BUILTIN_REGIMES } from '@ungcuu/domain/regimes/builtin-regimes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const units = Array.from({ length: 40 }, (_, i) => ({
  name: i < 13 ? `UBND phường Bần Yên Nhân ${i + 1}` : `Phòng chuyên môn số ${i + 1}`,
  officer: `Nguyễn Thị Hường ${i + 1}`,
}));
const facts: PlanFacts = {
  year: 2027,
  area: 'thị xã Mỹ Hào',
  committee: 'UBND thị xã Mỹ Hào',
  focalOffice: 'Phòng Văn hoá, Khoa học và Thông tin',
  committeeOffice: 'Văn phòng HĐND và UBND thị xã',
  financeOffice: 'Phòng Tài chính – Kế hoạch',
  units,
  systems: Array.from({ length: 150 }, (_, i) => ({
    name: `Hệ thống thông tin một cửa điện tử số ${i + 1}`,
    unit: units[i % units.length]?.name ?? '',
    level: (i % 4) + 1,
  })),
  risks: Array.from({ length: 10 }, (_, i) => ({
    title: `Tấn công mã hóa phần mềm, dữ liệu, thiết bị — Hệ thống số ${i + 1}`,
    unit: units[i]?.name ?? '',
    score: 25 - i,
    band: 'Rất cao',
  })),
  riskBands: [
    { band: 'Rất cao', count: 4 },
    { band: 'Cao', count: 12 },
    { band: 'Trung bình', count: 30 },
  ],
  scenarios: CAUSE_GROUPS.map((group) => ({
    group: CAUSE_GROUP_LABELS[group].vi,
    subtypes: SUBTYPES.filter((s) => s.startsWith(`${group}.`)).map((s) => {
      const p = playbookFor(s);
      return {
        label: SUBTYPE_LABELS[s].vi,
        summary: p.summary.vi,
        steps: p.steps.filter((x) => x.phase === 'P4' || x.phase === 'P5').map((x) => x.title.vi),
      };
    }),
  })),
  tasks: Array.from({ length: 120 }, (_, i) => ({
    what: `Rà quét, đánh giá an toàn thông tin hệ thống số ${i + 1}`,
    who: units[i % units.length]?.name ?? '',
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
  })),
  budget: Array.from({ length: 60 }, (_, i) => ({
    title: `Gia hạn bản quyền phần mềm diệt virus đợt ${i + 1}`,
    unit: units[i % units.length]?.name ?? '',
    category: 'Bản quyền phần mềm',
    amount: 12_500_000 + i * 1_000_000,
    status: 'Đã phê duyệt',
  })),
  incidentsByGroup: [{ group: 'Tấn công mạng', count: 57 }],
};

const plan = annualPlanModel({
  year: 2027,
  area: facts.area,
  place: 'Mỹ Hào',
  parentBody: 'UBND tỉnh Hưng Yên',
  committee: facts.committee,
  number: '18',
  issuedAt: '2026-12-05T02:00:00Z',
  signerName: 'Nguyễn Quốc Khánh',
  signerTitle: 'Phó Chủ tịch',
  recipients: defaultRecipients(facts.committee, 'VH,KH&TT'),
  sections: PLAN_SECTION_KEYS.map((key) => ({ key, body: generatePlanSection(key, facts) })),
});
const period = mau05Period(BUILTIN_REGIMES, 'annual', 2026);
if (!period) throw new Error('no period');
const mau05 = mau05Model({
  period,
  organisation: facts.committee,
  memberCode: 'MHAO-01',
  place: 'Mỹ Hào',
  issuedAt: '2026-12-05T02:00:00Z',
  rows: Object.fromEntries(
    MAU05_ATTACK_TYPES.map((t, i) => [
      t,
      { count: 10 + i, alone: 5, domestic: 3 + i, foreign: 2, coordinator: 1, damage: 15_000_000 * (i + 1) },
    ]),
  ) as Parameters<typeof mau05Model>[0]['rows'],
  helpersDomestic: Array.from({ length: 20 }, (_, i) => `Công ty an toàn thông tin số ${i + 1}`),
  helpersForeign: ['Kaspersky Lab'],
  damageNotes: 'Thiệt hại chủ yếu do ngừng dịch vụ.',
  proposals: 'Đề nghị bố trí kinh phí thuê dịch vụ giám sát an toàn thông tin.',
  notes: null,
  signer: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Quốc Khánh' },
});

async function time(name: string, model: DocModel, render: (m: DocModel) => Promise<Buffer>) {
  await render(model); // warm-up (font parsing, JIT)
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    size = (await render(model)).length;
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p50 = ms[Math.floor(ms.length / 2)] ?? 0;
  const max = ms[ms.length - 1] ?? 0;
  console.log(
    `${name.padEnd(22)} p50 ${p50.toFixed(0).padStart(5)} ms   max ${max.toFixed(0).padStart(5)} ms   ${(size / 1024).toFixed(0)} KiB`,
  );
}

console.log(`Rendering, ${RUNS} runs each after a warm-up (aim ≤ 2000 ms):`);
await time('annual plan DOCX', plan, renderDocx);
await time('annual plan PDF', plan, renderPdf);
await time('Mẫu 05 DOCX', mau05, renderDocx);
await time('Mẫu 05 PDF', mau05, renderPdf);
