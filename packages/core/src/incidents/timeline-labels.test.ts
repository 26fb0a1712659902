import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { TASK_RESPONSE_LABELS } from '@ungcuu/domain/audit/audit-actions.ts';
import { TIMELINE_EVENT_LABELS, timelineEventText } from '@ungcuu/domain/incidents/timeline-events.ts';

// Issue 7: Mẫu 04 printed `task_updated` and `task_accept`. Every timeline event the code writes
// must read as a sentence in both languages; a new event without one fails here.

const ROOT = resolve(import.meta.dirname, '../../../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const TEMPLATES: Record<string, readonly string[]> = {
  'task_${input.action}': Object.keys(TASK_RESPONSE_LABELS).map((a) => `task_${a}`),
};

test('every timeline event written has a Vietnamese and an English sentence', async () => {
  const found = new Map<string, string>();
  const unknown: string[] = [];
  for (const file of await sourceFiles(join(ROOT, 'packages/core/src'))) {
    const text = await readFile(file, 'utf8');
    const where = relative(ROOT, file);
    for (const m of text.matchAll(/\bevent:\s*'([a-z_]+)'/g)) found.set(m[1]!, where);
    for (const m of text.matchAll(/\bevent:\s*`([^`]*)`/g)) {
      const values = TEMPLATES[m[1]!];
      if (values) for (const v of values) found.set(v, where);
      else unknown.push(`${where}: \`${m[1]}\``);
    }
  }
  assert.ok(found.size >= 20, `the scan found the timeline writes (${found.size})`);
  assert.deepEqual(unknown, []);
  const missing = [...found]
    .filter(([code]) => !TIMELINE_EVENT_LABELS[code]?.vi || !TIMELINE_EVENT_LABELS[code]?.en)
    .map(([code, where]) => `${code} (${where})`);
  assert.deepEqual(missing, [], 'add them to packages/domain/src/incidents/timeline-events.ts');
});

test('timeline sentences resolve codes in their data to labels', () => {
  assert.equal(
    timelineEventText('state_changed', { from: 'new', to: 'triaged' }, 'vi'),
    'Chuyển trạng thái xử lý: Mới tiếp nhận → Đã xác minh, phân loại',
  );
  assert.equal(
    timelineEventText('classified', { subtype: 'attack.ransomware' }, 'vi'),
    'Xác nhận phân loại: Tấn công mã hóa phần mềm, dữ liệu, thiết bị',
  );
  assert.equal(timelineEventText('task_decline', {}, 'en'), 'Task declined');
  assert.equal(timelineEventText('something_new', null, 'vi'), 'Cập nhật thông tin sự cố');
});
