import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { deriveAuditKey, loadOrCreateAuditKey } from './audit-key.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ungcuu-audit-key-'));
});
after(() => rm(dir, { recursive: true, force: true }));

describe('the key file', () => {
  test('created at first start with mode 0600, then read back; an inline key wins', async () => {
    const file = join(dir, 'sub', 'audit.key');
    const first = await loadOrCreateAuditKey({ file });
    assert.equal(first.created, true);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    const again = await loadOrCreateAuditKey({ file });
    assert.deepEqual([again.created, again.key.id], [false, first.key.id]);
    const inline = await loadOrCreateAuditKey({ file, inline: 'ab'.repeat(32) });
    assert.equal(inline.key.id, deriveAuditKey(Buffer.from('ab'.repeat(32), 'hex')).id);
    await writeFile(file, 'short\n');
    await assert.rejects(loadOrCreateAuditKey({ file }), /at least 32 bytes/);
  });
});
