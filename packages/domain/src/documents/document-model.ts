/**
 * The one document model every official document is built in (Mẫu 01–05, the inspection report,
 * the activity report, the annual plan); the DOCX and PDF renderers in core draw the same blocks,
 * so a form is written once. Pure data: no layout engine here, only what a Vietnamese
 * administrative document is made of (NĐ 30/2020 Phụ lục I).
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Text plus how it stands out; line breaks inside `text` are kept. */
export interface DocText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  /** Points; 13 pt when absent. */
  size?: number;
}

export type DocBlock =
  /**
   * The heading block: the issuing body (parent body above it, then the body in bold) and the
   * document number on the left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"
   * and the place-date line on the right.
   */
  | { kind: 'header'; parentBody?: string; issuer: string; number?: string; placeDate: string }
  /** "Mẫu 05 — Ban hành kèm theo Thông tư …", top right in italics. */
  | { kind: 'form_line'; text: string }
  | { kind: 'title'; text: string; subtitles?: string[] }
  /** A section heading ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"); level 1 is bold capitals. */
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | ({ kind: 'paragraph'; indent?: boolean } & DocText)
  /** "- item" lines, or "1. item" when numbered. */
  | { kind: 'list'; items: string[]; numbered?: boolean }
  /** "- Label: value" rows; a missing value prints "—". */
  | { kind: 'fields'; rows: [string, string][] }
  /**
   * A bordered table; `widths` are fractions of the text width; rows in `totals` (indexes) print
   * bold. With no rows a single row of dashes is printed.
   */
  | {
      kind: 'table';
      headers: string[];
      rows: string[][];
      widths: number[];
      boldRows?: number[];
      size?: number;
    }
  /**
   * The bottom of the document: "Nơi nhận" on the left (when given), the signing authority on the
   * right: e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], a hint, room, the name.
   */
  | { kind: 'signature'; authority: string[]; hint?: string; name: string; recipients?: string[] }
  /** Two signatures side by side (inspection report: the inspected unit and the inspector). */
  | { kind: 'signatures'; parties: { authority: string; hint?: string; name?: string }[] }
  | { kind: 'spacer' }
  | { kind: 'page_break' };

export interface DocModel {
  /** Document properties (title, subject) of the file. */
  title: string;
  subject?: string;
  blocks: DocBlock[];
}

/** Printed for every empty or missing value, so the reader sees "not provided", never "undefined". */
export const EMPTY = '—';

export type TextValue = string | number | null | undefined;

/** The value as text, or "—" when it is missing or blank. */
export function orDash(value: TextValue): string {
  if (value === null || value === undefined) return EMPTY;
  const text = String(value).trim();
  return text === '' ? EMPTY : text;
}

/** Several values as one line ("a; b; c"), or "—" when there are none. */
export function listOrDash(values: readonly TextValue[] | null | undefined, separator = '; '): string {
  const texts = (values ?? []).map(orDash).filter((t) => t !== EMPTY);
  return texts.length === 0 ? EMPTY : texts.join(separator);
}

/** "- Label: value" rows from label/value pairs, values dashed when missing. */
export function fields(rows: readonly (readonly [string, TextValue])[]): DocBlock {
  return { kind: 'fields', rows: rows.map(([label, value]) => [label, orDash(value)]) };
}

/** Every text a model prints, in order: for search, tests and a plain-text preview. */
export function modelText(model: DocModel): string {
  const out: string[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'header':
        out.push(b.parentBody ?? '', b.issuer, b.number ?? '', b.placeDate);
        break;
      case 'form_line':
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'title':
        out.push(b.text, ...(b.subtitles ?? []));
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'fields':
        out.push(...b.rows.map(([l, v]) => `${l}: ${v}`));
        break;
      case 'table':
        out.push(b.headers.join(' | '), ...b.rows.map((r) => r.join(' | ')));
        break;
      case 'signature':
        out.push(...(b.recipients ?? []), ...b.authority, b.hint ?? '', b.name);
        break;
      case 'signatures':
        out.push(...b.parties.flatMap((p) => [p.authority, p.hint ?? '', p.name ?? '']));
        break;
      default:
        break;
    }
  }
  return out.filter((t) => t !== '').join('\n');
}
