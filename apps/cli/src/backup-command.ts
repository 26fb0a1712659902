import { resolve } from 'node:path';
import { createBackup, restoreBackup } from '@ungcuu/core/backup/backup.service.ts';
import type { Config } from '@ungcuu/core/config.ts';

/** `ungcuu backup <file>` and `ungcuu restore <file> [--replace]`; messages in both languages. */
export async function runBackupCommand(
  config: Config,
  command: 'backup' | 'restore',
  file: string | undefined,
  options: { replace: boolean },
): Promise<number> {
  if (!file) {
    console.error(`ungcuu: lệnh ${command} cần tên tệp / ${command} needs a file name`);
    return 2;
  }
  const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
  const path = resolve(file);
  if (command === 'backup') {
    const m = await createBackup(target, path);
    const rows = Object.values(m.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`đã sao lưu / backed up (${m.engine}): ${path}`);
    console.log(
      `  ${Object.keys(m.tables).length} bảng / tables, ${rows} dòng / rows, ${m.evidence.files} tệp chứng cứ / evidence files (${m.evidence.bytes} bytes), ${m.payload.bytes} bytes`,
    );
    console.log(
      `  nhật ký kiểm toán / audit chain: ${m.audit.ok ? 'nguyên vẹn / intact' : 'HỎNG / BROKEN'} (${m.audit.checked})`,
    );
    return m.audit.ok ? 0 : 1;
  }
  const result = await restoreBackup(target, path, { replace: options.replace });
  const m = result.manifest;
  console.log(`đã phục hồi / restored (${m.engine}) từ / from ${path} (${m.createdAt})`);
  console.log(
    `  kiểm tra / verified: ${Object.keys(m.tables).length} bảng giống hệt bản sao lưu / tables identical to the backup (số dòng và mã băm / row counts and digests)`,
  );
  console.log(
    `  nhật ký kiểm toán / audit chain: ${result.audit.ok ? 'nguyên vẹn / intact' : 'HỎNG / BROKEN'} (${result.audit.checked})`,
  );
  if (result.previousDataDir)
    console.log(`  dữ liệu cũ được giữ tại / previous data kept in: ${result.previousDataDir}`);
  return result.audit.ok ? 0 : 1;
}
