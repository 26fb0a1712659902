import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

// Reading rendered documents back, for tests: the text of a DOCX from its XML, the text of a PDF
// from a real extractor (pdftotext of poppler-utils, installed by .ci/run).

/** The DOCX's text: all <w:t> runs concatenated, since Word may split text into several runs. */
export async function docxText(bytes: Buffer): Promise<string> {
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a DOCX is a zip');
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  assert.ok(xml, 'word/document.xml is present');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The PDF's text as pdftotext reads it (reading order, no layout), with runs of white space made
 * single spaces so that a phrase wrapped over two lines still matches.
 */
export function pdfText(bytes: Buffer): string {
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', 'a PDF starts with %PDF-');
  const dir = mkdtempSync(join(tmpdir(), 'ungcuu-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.normalize('NFC').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with every run of white space made one space (DOCX text has none between runs). */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The fonts pdffonts lists: the embedded subsets (name, embedded yes/no). */
export function pdfFonts(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ungcuu-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
