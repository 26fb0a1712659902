import type { TSchema } from '@sinclair/typebox';
import { DomainError } from '../errors.ts';
import { normalizeObservable, type ObservableKind } from '../incidents/observables.ts';
import { validationIssues } from '../validation.ts';
import {
  type Advisory,
  type AffectedProduct,
  SHARING_LIMITS,
  type SharedIndicator,
  type SharingWarning,
} from './advisory.ts';
import { DEFAULT_TLP, strictestTlp, type Tlp } from './tlp.ts';

/**
 * Refuses a hostile document before anything reads it: too deep (a stack-exhausting walk), too
 * many values (a document that is small as text but huge as objects). Iterative, so that the
 * check itself cannot overflow the stack.
 */
export function checkDocumentShape(value: unknown): void {
  const stack: [unknown, number][] = [[value, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > SHARING_LIMITS.maxNodes) {
      throw new DomainError('sharing.too_many', { what: 'values', max: SHARING_LIMITS.maxNodes });
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > SHARING_LIMITS.maxDepth)
      throw new DomainError('sharing.too_deep', { max: SHARING_LIMITS.maxDepth });
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
}

/** Validates a part of the document; the first problem is the error (with its JSON path). */
export function requireShape(schema: TSchema, value: unknown, at: string): void {
  const issue = validationIssues(schema, value)[0];
  if (issue) {
    throw new DomainError('sharing.invalid', {
      path: `${at}${issue.path === '/' ? '' : issue.path}` || '/',
      detail: issue.message,
    });
  }
}

/** Collects what an import finds; nothing leaves it unless the whole document was read. */
export class AdvisoryCollector {
  private readonly indicators = new Map<string, SharedIndicator>();
  private readonly cves = new Set<string>();
  private readonly products = new Map<string, AffectedProduct>();
  private readonly malware = new Set<string>();
  private readonly warnings: SharingWarning[] = [];
  private readonly skipped = new Map<string, number>();
  private readonly firstExample = new Map<string, string>();
  private tlp: Tlp | null = null;

  mark(tlp: Tlp): void {
    this.tlp = this.tlp === null ? tlp : strictestTlp(this.tlp, tlp);
  }

  /** Adds a value of a known kind; a value that is not one refuses the whole import. */
  indicator(kind: ObservableKind, raw: string, at: string, comment?: string): void {
    if (kind === 'ip' && raw.includes('/')) {
      this.skip('cidr', `${kind}: ${raw}`);
      return;
    }
    const value = normalizeObservable(kind, raw);
    if (value === null) {
      throw new DomainError('sharing.bad_value', { type: kind, value: raw.slice(0, 80), path: at });
    }
    const key = `${kind}\u0000${value}`;
    if (this.indicators.has(key)) return;
    if (this.indicators.size >= SHARING_LIMITS.maxIndicators) {
      throw new DomainError('sharing.too_many', { what: 'indicators', max: SHARING_LIMITS.maxIndicators });
    }
    const text = comment?.trim().slice(0, 1000);
    this.indicators.set(key, { type: kind, value, ...(text ? { comment: text } : {}) });
  }

  /** Adds to the comment of an indicator already collected (e.g. "indicates Emotet"). */
  annotate(kind: ObservableKind, raw: string, note: string): void {
    const value = normalizeObservable(kind, raw);
    const found = value === null ? undefined : this.indicators.get(`${kind}\u0000${value}`);
    if (!found) return;
    const comment = found.comment ? `${found.comment}; ${note}` : note;
    found.comment = comment.slice(0, 1000);
  }

  cve(id: string): void {
    const upper = id.trim().toUpperCase();
    if (/^CVE-\d{4}-\d{4,}$/.test(upper) && this.cves.size < 1000) this.cves.add(upper);
  }

  product(p: AffectedProduct): void {
    const key = `${p.vendor ?? ''}|${p.product}|${p.version ?? ''}|${p.cpe ?? ''}`.toLowerCase();
    if (this.products.size < 1000) this.products.set(key, p);
  }

  malwareName(name: string): void {
    const text = name.trim().slice(0, 200);
    if (text && this.malware.size < 1000) this.malware.add(text);
  }

  /** Something left out on purpose; counted per reason, reported once per reason. */
  skip(reason: string, example: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
    if (this.skipped.get(reason) === 1) this.firstExample.set(reason, example.slice(0, 120));
  }

  warn(warning: SharingWarning): void {
    if (this.warnings.length < 150) this.warnings.push(warning);
  }

  finish(head: {
    format: Advisory['format'];
    title: string;
    description: string;
    severity?: Advisory['severity'];
  }): Advisory {
    const warnings = [...this.warnings];
    if (this.tlp === null) {
      warnings.push({
        code: 'no_tlp',
        message: {
          vi: 'Tài liệu không có nhãn TLP: coi là TLP:AMBER.',
          en: 'The document carries no TLP marking: treated as TLP:AMBER.',
        },
      });
    }
    for (const [reason, count] of this.skipped) {
      const example = this.firstExample.get(reason) ?? '';
      warnings.push({ code: `skipped.${reason}`, message: skippedMessage(reason, count, example) });
    }
    const indicators = [...this.indicators.values()];
    if (indicators.length === 0 && this.cves.size === 0) throw new DomainError('sharing.nothing_to_import');
    return {
      format: head.format,
      title: head.title.trim().slice(0, 500) || '—',
      description: head.description.slice(0, 20_000),
      tlp: this.tlp ?? DEFAULT_TLP,
      ...(head.severity ? { severity: head.severity } : {}),
      cves: [...this.cves],
      indicators,
      products: [...this.products.values()],
      malware: [...this.malware],
      warnings: warnings.slice(0, 200),
    };
  }
}

function skippedMessage(reason: string, count: number, example: string) {
  const what: Record<string, { vi: string; en: string }> = {
    'unknown-type': {
      vi: 'đối tượng/thuộc tính loại không hỗ trợ',
      en: 'objects/attributes of an unsupported type',
    },
    pattern: { vi: 'mẫu STIX không hiểu được', en: 'STIX patterns not understood' },
    'pattern-type': {
      vi: 'chỉ báo không phải mẫu STIX (Sigma, YARA, Snort…)',
      en: 'indicators in another pattern language (Sigma, YARA, Snort…)',
    },
    cidr: { vi: 'dải địa chỉ (CIDR)', en: 'address ranges (CIDR)' },
    deleted: { vi: 'thuộc tính đã xoá', en: 'deleted attributes' },
  };
  const label = what[reason] ?? { vi: reason, en: reason };
  return {
    vi: `Bỏ qua ${count} ${label.vi} (ví dụ: ${example}).`,
    en: `Skipped ${count} ${label.en} (e.g. ${example}).`,
  };
}
