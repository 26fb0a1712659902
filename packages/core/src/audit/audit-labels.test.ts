import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  TASK_RESPONSE_LABELS,
} from '@ungcuu/domain/audit/audit-actions.ts';
import { TRANSITION_CODES } from '@ungcuu/domain/incidents/lifecycle.ts';

// Issue 7: the audit screen showed raw codes such as `remediation.create`. Every action code the
// code writes must have a label in Vietnamese and English. The scan reads the sources, so a new
// audit call without a label fails here, and so does a new computed code this test cannot expand.

const ROOT = resolve(import.meta.dirname, '../../../..');
const SOURCES = ['packages/core/src', 'apps/server/src', 'apps/cli/src'];

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Test support (`testing/`) writes made-up actions on purpose (e.g. a tampering test's record).
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') out.push(...(await sourceFiles(path)));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const READINESS = ['equipment', 'licence', 'contract', 'training', 'drill'];
/** Computed codes, by their template text, and every value they take. */
const TEMPLATES: Record<string, readonly string[]> = {
  'task.${input.action}': Object.keys(TASK_RESPONSE_LABELS).map((a) => `task.${a}`),
  'incident.${check.transition}': TRANSITION_CODES.map((c) => `incident.${c}`),
  'incident.document_${form}': ['incident.document_mau03', 'incident.document_mau04'],
  'incident.document_sent': ['incident.document_sent'],
  '${entity}.create': READINESS.map((k) => `readiness_${k}.create`),
  '${entity}.update': READINESS.map((k) => `readiness_${k}.update`),
  '${entity}.delete': READINESS.map((k) => `readiness_${k}.delete`),
  'monitor.${t.kind}': ['monitor.down', 'monitor.up'],
};

async function writtenActions(): Promise<{ codes: Map<string, string>; unknownTemplates: string[] }> {
  const codes = new Map<string, string>();
  const unknownTemplates: string[] = [];
  for (const base of SOURCES) {
    for (const file of await sourceFiles(join(ROOT, base))) {
      const text = await readFile(file, 'utf8');
      const where = relative(ROOT, file);
      for (const m of text.matchAll(/\baction:\s*'([a-z_]+(?:\.[a-z_]+)+)'/g)) codes.set(m[1]!, where);
      for (const m of text.matchAll(/\baction:\s*`([^`]*)`/g)) {
        const expansion = TEMPLATES[m[1]!];
        if (!expansion) unknownTemplates.push(`${where}: \`${m[1]}\``);
        else for (const code of expansion) codes.set(code, where);
      }
    }
  }
  return { codes, unknownTemplates };
}

test('every audit action written anywhere has a Vietnamese and an English label', async () => {
  const { codes, unknownTemplates } = await writtenActions();
  assert.ok(codes.size > 80, `the scan found the audit calls (${codes.size})`);
  assert.deepEqual(unknownTemplates, [], 'computed action codes: list their values in TEMPLATES');
  const missing = [...codes]
    .filter(([code]) => {
      const label = AUDIT_ACTION_LABELS[code];
      if (!label) return true;
      return !label.vi.trim() || !label.en.trim() || label.vi === code || label.en === code;
    })
    .map(([code, where]) => `${code} (${where})`);
  assert.deepEqual(
    missing,
    [],
    'audit actions without a label in packages/domain/src/audit/audit-actions.ts',
  );
});

test('every audit entity type written anywhere has a label', async () => {
  const missing: string[] = [];
  for (const base of SOURCES) {
    for (const file of await sourceFiles(join(ROOT, base))) {
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(/\bentityType:\s*'([a-z_.]+)'/g))
        if (!AUDIT_ENTITY_LABELS[m[1]!]) missing.push(`${m[1]} (${relative(ROOT, file)})`);
    }
  }
  for (const k of READINESS) if (!AUDIT_ENTITY_LABELS[`readiness_${k}`]) missing.push(`readiness_${k}`);
  assert.deepEqual(missing, []);
});
