import { foldVietnamese } from '../../text/normalize.ts';
import { causeGroupOf, SUBTYPES, type Subtype } from '../taxonomy.ts';
import { ATTACK_SEEDS } from './corpus-seeds-attack.ts';
import { OTHER_SEEDS } from './corpus-seeds-other.ts';

/**
 * TRAINING PART of the classifier corpus (issue 14): reports generated from hand-written seed
 * paraphrases (corpus-seeds-*.ts) × slot values × writing styles, deterministically (fixed seed).
 * The styles are the ones real reports are full of: Vietnamese with diacritics, without them,
 * with Telex/VNI keystrokes left by a failing input method, with chat abbreviations ("ko", "dc"),
 * English, plus negated clauses of a neighbouring cause ("không đòi tiền chuộc") and the
 * symptom-only wording of the seeds. The untouched test part is classifier-test-set.ts, written
 * separately by hand before this generator existed.
 *
 * Reports made from one seed resemble each other, so k-fold figures on this part are optimistic;
 * the bench folds by seed (all variants of a seed in one fold) to keep that in check.
 */
export interface SeedSet {
  vi: readonly string[];
  en: readonly string[];
}
export type Seeds = Partial<Record<Subtype, SeedSet>>;

export type CorpusStyle = 'vi' | 'vi-plain' | 'vi-slip' | 'vi-abbrev' | 'en';
export interface CorpusReport {
  text: string;
  subtype: Subtype;
  style: CorpusStyle;
  /** Which seed line the report came from: `subtype/lang/index` (the bench folds by it). */
  seed: string;
}

const PER_SUBTYPE = 72;

const SLOTS_VI: Record<string, readonly string[]> = {
  dv: [
    'UBND xã',
    'UBND phường',
    'Sở Tài chính',
    'Văn phòng HĐND',
    'Trung tâm y tế huyện',
    'Phòng Giáo dục',
    'Chi cục Thuế',
    'bộ phận một cửa',
    'trường THCS thị trấn',
    'Sở Nội vụ',
    'Ban quản lý dự án',
    'Phòng Tài nguyên',
  ],
  ht: [
    'cổng thông tin điện tử',
    'website',
    'trang dịch vụ công',
    'hệ thống một cửa điện tử',
    'hệ thống quản lý văn bản',
    'hộp thư công vụ',
    'phần mềm kế toán',
    'cơ sở dữ liệu hộ tịch',
    'hệ thống họp trực tuyến',
    'trang tin của xã',
  ],
  may: ['máy chủ', 'server', 'máy chủ web', 'máy chủ cơ sở dữ liệu', 'máy chủ file', 'máy chủ ứng dụng'],
  luc: [
    'sáng nay',
    'từ 8h sáng',
    'tối qua',
    'đêm qua',
    'chiều nay',
    'khoảng 14h',
    'từ hôm qua',
    'lúc 2h sáng',
  ],
};
const SLOTS_EN: Record<string, readonly string[]> = {
  u: [
    'the ward office',
    'the district committee',
    'the finance department',
    'the health centre',
    'our commune',
    'the one-stop office',
  ],
  s: [
    'the portal',
    'our website',
    'the one-stop system',
    'the document system',
    'webmail',
    'the accounting app',
    'the e-services site',
  ],
  w: ['this morning', 'last night', 'since 8am', 'overnight', 'today', 'on Sunday'],
};

const PREFIX_VI = ['Báo cáo sự cố: ', 'Khẩn: ', 'Kính gửi đội ứng cứu, ', 'Xin báo: ', 'Cán bộ IT báo: ', ''];
const SUFFIX_VI = [
  'đề nghị hỗ trợ gấp',
  'đã báo cáo lãnh đạo',
  'đang chờ hướng dẫn xử lý',
  'mong được hỗ trợ',
  'ảnh hưởng tới việc tiếp nhận hồ sơ',
  'đã ghi nhận thời điểm xảy ra',
];
const PREFIX_EN = ['URGENT: ', 'Incident: ', 'FYI ', ''];
const SUFFIX_EN = ['please advise', 'need help asap', 'management informed', 'still investigating'];

/** Clauses that rule out a neighbouring cause: negations the classifier must read as such. */
const NEGATIONS_VI: Partial<Record<string, readonly string[]>> = {
  attack: ['không phải do mất điện', 'đường truyền vẫn bình thường'],
  'attack.destruction': ['không đòi tiền chuộc', 'không có thông báo đòi tiền'],
  'attack.malware': ['chưa thấy dữ liệu bị mã hóa', 'không có thông báo tống tiền'],
  'attack.dos': ['không phát hiện xâm nhập', 'dữ liệu không bị ảnh hưởng'],
  'attack.intrusion': ['chưa thay đổi giao diện', 'không thấy mã hóa dữ liệu'],
  failure: ['không phải bị tấn công', 'không có dấu hiệu hacker', 'không phát hiện mã độc'],
  operator: ['không phải do hacker', 'không có dấu hiệu tấn công'],
  disaster: ['không phải do tấn công mạng', 'không liên quan đến hacker'],
};
const NEGATIONS_EN: Partial<Record<string, readonly string[]>> = {
  'attack.destruction': ['no ransom note'],
  'attack.malware': ['no ransom demand', 'nothing encrypted'],
  failure: ['not an attack', 'no sign of hacking'],
  operator: ['not a cyberattack'],
  disaster: ['not an attack'],
};

const ABBREVIATIONS: readonly [RegExp, readonly string[]][] = [
  [/\bkhong\b/g, ['ko', 'k', 'khg']],
  [/\bduoc\b/g, ['dc', 'đc', 'duoc']],
  [/\bvoi\b/g, ['vs']],
  [/\bnguoi dan\b/g, ['ng dan']],
  [/\bmay chu\b/g, ['mc', 'server']],
  [/\bthong tin\b/g, ['tt']],
  [/\bhe thong\b/g, ['ht', 'hthong']],
];

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TELEX_TONES: Record<string, string> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
};
const VNI_TONES: Record<string, string> = {
  '\u0301': '1',
  '\u0300': '2',
  '\u0309': '3',
  '\u0303': '4',
  '\u0323': '5',
};

/** A word as typed with Telex (or VNI) keystrokes when the input method does not convert them. */
export function typeRaw(word: string, scheme: 'telex' | 'vni'): string {
  let out = '';
  let tone = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (ch === 'đ') out += scheme === 'telex' ? 'dd' : 'd9';
    else if (ch in TELEX_TONES) tone = scheme === 'telex' ? TELEX_TONES[ch]! : VNI_TONES[ch]!;
    else if (ch === '\u0302') out += scheme === 'telex' ? out.slice(-1) : '6';
    else if (ch === '\u0306') out += scheme === 'telex' ? 'w' : '8';
    else if (ch === '\u031b') out += scheme === 'telex' ? 'w' : '7';
    else out += ch;
  }
  return out + tone;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function fill(template: string, slots: Record<string, readonly string[]>, rnd: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'n' ? String(2 + Math.floor(rnd() * 60)) : pick(rnd, slots[name] ?? ['']),
  );
}

function slip(text: string, rnd: () => number): string {
  const scheme = rnd() < 0.8 ? 'telex' : 'vni';
  // The input method fails for a stretch of the text, not for every word.
  const failFrom = rnd() < 0.5 ? 0 : 0.3;
  return text.replace(/[\p{L}\p{M}]+/gu, (w) => {
    if (rnd() < failFrom) return w;
    const raw = typeRaw(w.normalize('NFC'), scheme);
    // A tone letter typed twice, as in "maxs", now and then.
    return rnd() < 0.1 && /[sfrxj]$/.test(raw) ? `${raw}${pick(rnd, ['s', 'f', 'j'])}` : raw;
  });
}

function abbreviate(text: string, rnd: () => number): string {
  let out = foldVietnamese(text);
  for (const [pattern, options] of ABBREVIATIONS) out = out.replace(pattern, () => pick(rnd, options));
  return out;
}

function negationFor(subtype: Subtype, table: Partial<Record<string, readonly string[]>>): readonly string[] {
  return table[subtype] ?? table[causeGroupOf(subtype)] ?? [];
}

function compose(subtype: Subtype, lang: 'vi' | 'en', template: string, rnd: () => number): string {
  const vi = lang === 'vi';
  let text = fill(template, vi ? SLOTS_VI : SLOTS_EN, rnd);
  const negations = negationFor(subtype, vi ? NEGATIONS_VI : NEGATIONS_EN);
  if (negations.length && rnd() < 0.3) text += `, ${pick(rnd, negations)}`;
  if (rnd() < 0.3) text += `, ${pick(rnd, vi ? SUFFIX_VI : SUFFIX_EN)}`;
  if (rnd() < 0.3) text = pick(rnd, vi ? PREFIX_VI : PREFIX_EN) + text;
  return text;
}

function styleVi(rnd: () => number): Exclude<CorpusStyle, 'en'> {
  const r = rnd();
  return r < 0.35 ? 'vi' : r < 0.65 ? 'vi-plain' : r < 0.85 ? 'vi-slip' : 'vi-abbrev';
}

function render(text: string, style: CorpusStyle, rnd: () => number): string {
  if (style === 'vi-plain')
    return rnd() < 0.5
      ? foldVietnamese(text)
      : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
  if (style === 'vi-slip') return slip(text, rnd);
  if (style === 'vi-abbrev') return abbreviate(text, rnd);
  if (style === 'en' && rnd() < 0.3) return text.toLowerCase();
  return text;
}

let cached: CorpusReport[] | undefined;

/**
 * The generated training corpus: PER_SUBTYPE reports for each of the 25 subtypes. A larger
 * `perSubtype` (the bench's 10,000-example timing) gives more variants of the same seeds.
 */
export function classifierCorpus(perSubtype = PER_SUBTYPE): readonly CorpusReport[] {
  if (cached && perSubtype === PER_SUBTYPE) return cached;
  const rnd = seededRandom(perSubtype === PER_SUBTYPE ? 20261205 : 20261205 + perSubtype);
  const seeds: Seeds = { ...ATTACK_SEEDS, ...OTHER_SEEDS };
  const out: CorpusReport[] = [];
  for (const subtype of SUBTYPES) {
    const set = seeds[subtype];
    if (!set) throw new Error(`classifier corpus: no seeds for ${subtype}`);
    const lines = [
      ...set.vi.map((t, i) => ({ t, lang: 'vi' as const, i })),
      ...set.en.map((t, i) => ({ t, lang: 'en' as const, i })),
    ];
    const seen = new Set<string>();
    for (let k = 0, tries = 0; k < perSubtype && tries < perSubtype * 20; tries++) {
      // English is a quarter of the reports, as in the mix.
      const pool = rnd() < 0.25 ? lines.filter((l) => l.lang === 'en') : lines.filter((l) => l.lang === 'vi');
      const line = pool[(k + tries) % pool.length]!;
      const style: CorpusStyle = line.lang === 'en' ? 'en' : styleVi(rnd);
      const text = render(compose(subtype, line.lang, line.t, rnd), style, rnd);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, subtype, style, seed: `${subtype}/${line.lang}/${line.i}` });
      k++;
    }
  }
  if (perSubtype === PER_SUBTYPE) cached = out;
  return out;
}
