import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AuditFinding, VerifyResult } from '@ungcuu/core/audit/audit.service.ts';
import { takeCheckpoint } from '@ungcuu/core/audit/audit-checkpoint.service.ts';
import { checkpointText } from '@ungcuu/core/audit/audit-checkpoint.ts';
import { installAuditKey } from '@ungcuu/core/audit/audit-setup.ts';
import { ensureFirstAdmin } from '@ungcuu/core/bootstrap.ts';
import { loadConfig } from '@ungcuu/core/config.ts';
import { openForCommand } from '@ungcuu/core/db/bootstrap-db.ts';
import { loadDemoWarnings } from '@ungcuu/core/demo/demo-warnings.ts';
import { loadDemoOrganisation } from '@ungcuu/core/demo/load-demo.ts';
import { loadDemoTown } from '@ungcuu/core/demo/load-demo-town.ts';
import { detectFormat } from '@ungcuu/core/import/tabular.ts';
import { createServices } from '@ungcuu/core/services.ts';
import type { RequestActor } from '@ungcuu/core/shared/context.ts';
import { SYSTEM_ACTOR } from '@ungcuu/core/shared/context.ts';
import { DomainError, errorMessage } from '@ungcuu/domain/errors.ts';
import { runBackupCommand } from './backup-command.ts';
import { runProbeCommand } from './probe-command.ts';

const USAGE = `ungcuu <command> [options]

  migrate                      apply database migrations
  create-admin [--username U]  create the first administrator (UNGCUU_ADMIN_PASSWORD or a one-time password)
  import-units <file> [--commit]   import units from CSV/XLSX (dry run unless --commit)
  import-users <file> [--commit]   import users from CSV/XLSX (dry run unless --commit)
  verify-audit [--checkpoint F]...  check the audit trail (keyed hash chains) against the stored
                               checkpoints and the checkpoint files given; exit 1 on any tampering
  audit-checkpoint export <file>   sign the audit trail's heads now and write the checkpoint
                               (<file>.txt: printable page; otherwise JSON) to keep off the server
  demo                         load the demo town: units, users per role, response team, and a year of
                               systems, risks, readiness, inspections, budget, two years of incidents
                               (--people-only: units, users and team only, as the browser tests use)
  backup <file>                back up the database (evidence files included) and verify the copy
  restore <file> [--replace]   restore a backup into the configured database and verify it
  probe --server URL --token-file F [--once] [--concurrency N]
                               run the checks of remote monitoring from this network and report
                               them to the server (no database needed)

Database: DATABASE_URL (PostgreSQL) or embedded PGlite in UNGCUU_DATA_DIR (default ./data).
With PGlite, a command run while the server runs on the same folder goes through that server.
Audit key: UNGCUU_AUDIT_KEY_FILE (default <data dir>/audit.key) or UNGCUU_AUDIT_KEY.`;

// Changes made from the command line are audited under this label.
const CLI_ACTOR: RequestActor = { ...SYSTEM_ACTOR, label: 'cli' };

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      commit: { type: 'boolean', default: false },
      username: { type: 'string' },
      replace: { type: 'boolean', default: false },
      checkpoint: { type: 'string', multiple: true },
      server: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      once: { type: 'boolean', default: false },
      'people-only': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '16' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, arg, arg2] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'probe')
    return runProbeCommand({
      server: values.server,
      token: values.token,
      tokenFile: values['token-file'],
      once: values.once,
      concurrency: Math.max(1, Math.min(256, Number(values.concurrency) || 16)),
    });
  const config = loadConfig();
  await installAuditKey(config);
  if (command === 'backup' || command === 'restore')
    return runBackupCommand(config, command, arg, { replace: values.replace });
  const handle = await openForCommand(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    (holder) =>
      console.log(
        `ungcuu: đang chờ máy chủ (tiến trình ${holder.pid}) khởi động xong / waiting for the server (process ${holder.pid}) to finish starting`,
      ),
  );
  if (handle.via === 'server')
    console.log(
      'ungcuu: máy chủ đang chạy trên thư mục dữ liệu này, lệnh được thực hiện qua máy chủ / the server is running on this data folder: the command runs through it',
    );
  const auditCheckpoints = { dir: config.auditCheckpointDir };
  const services = createServices(handle, undefined, { auditCheckpoints });
  try {
    switch (command) {
      case 'migrate':
        console.log(`migrations applied (${handle.engine})`);
        return 0;
      case 'create-admin': {
        const created = await ensureFirstAdmin(services.deps, {
          password: config.adminPassword,
          ...(values.username ? { username: values.username } : {}),
        });
        if (!created) {
          console.error(
            'users already exist: sign in as an administrator and create accounts in the web app',
          );
          return 1;
        }
        console.log(`administrator: ${created.username}`);
        if (created.oneTimePassword) console.log(`one-time password: ${created.oneTimePassword}`);
        return 0;
      }
      case 'import-units':
      case 'import-users': {
        if (!arg) throw new Error(`${command} needs a file`);
        const bytes = await readFile(resolve(arg));
        const kind = command === 'import-units' ? 'units' : 'users';
        const report = await services.orgImport.run(
          CLI_ACTOR,
          kind,
          bytes,
          detectFormat(arg, bytes),
          !values.commit,
        );
        for (const row of report.rows.filter((r) => r.errors.length > 0)) {
          console.log(`row ${row.row} (${row.key || '?'}): ${row.errors.map((e) => e.message).join('; ')}`);
        }
        console.log(
          `${report.total} rows, ${report.valid} valid${report.dryRun ? ' (dry run: nothing written; add --commit)' : `, ${report.created} created`}`,
        );
        for (const c of report.credentials ?? []) console.log(`  ${c.username}\t${c.oneTimePassword}`);
        return report.valid === report.total ? 0 : 1;
      }
      case 'verify-audit': {
        const files = await Promise.all(
          (values.checkpoint ?? []).map(async (f) => ({
            source: f,
            text: await readFile(resolve(f), 'utf8'),
          })),
        );
        const result = await services.audit.verify(files);
        printVerification(result);
        return result.ok ? 0 : 1;
      }
      case 'audit-checkpoint': {
        if (arg !== 'export' || !arg2) throw new Error('usage: audit-checkpoint export <file>');
        const checkpoint = await handle.db
          .transaction()
          .execute((trx) => takeCheckpoint(trx, services.deps.clock, auditCheckpoints));
        const text = arg2.endsWith('.txt')
          ? checkpointText(checkpoint)
          : `${JSON.stringify(checkpoint, null, 2)}\n`;
        await writeFile(resolve(arg2), text);
        console.log(
          `audit checkpoint ${checkpoint.body.at}: ${checkpoint.body.total} records, key ${checkpoint.body.keyId} -> ${arg2}`,
        );
        return 0;
      }
      case 'demo': {
        const admin = await ensureFirstAdmin(services.deps, { password: config.adminPassword });
        const result = await loadDemoOrganisation(services.deps, CLI_ACTOR);
        console.log(
          `demo loaded: ${result.unitsCreated} units, ${result.usersCreated} users (password: demo-password-2026)`,
        );
        // The browser tests build their own records on an empty town: people only.
        const town = values['people-only']
          ? ({ loaded: false, reason: 'people_only' } as const)
          : await loadDemoTown(services.deps, CLI_ACTOR);
        if (town.loaded) {
          const rows = Object.entries(town.written)
            .map(([table, n]) => `${table} ${n}`)
            .join(', ');
          console.log(`demo town loaded in ${(town.ms / 1000).toFixed(1)} s: ${rows}`);
        } else if (town.reason === 'already_loaded')
          console.log(
            'ungcuu: thị xã mẫu đã có trong cơ sở dữ liệu, không nạp lại / the demo town is already loaded: nothing added',
          );
        // After the town: the demo warnings target units by the products of their systems.
        await loadDemoWarnings(services.deps, CLI_ACTOR);
        if (admin?.oneTimePassword)
          console.log(`administrator admin, one-time password: ${admin.oneTimePassword}`);
        return 0;
      }
      default:
        console.error(`unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await handle.close();
  }
}

function describeFinding(f: AuditFinding): string {
  switch (f.kind) {
    case 'record_edited':
      return `record ${f.id} (chain ${f.chain}) was edited (${f.detail})`;
    case 'chain_broken':
      return `chain ${f.chain} is broken at record ${f.id}: records before it were removed or reordered`;
    case 'key_mismatch':
      return `key mismatch: ${f.source ? `checkpoint ${f.source}` : `record ${f.id} (chain ${f.chain})`} was made with key ${f.keyId ?? 'none'}, not this installation's`;
    case 'tail_truncated':
      return `chain ${f.chain}: ${f.missing} last record(s) deleted since the checkpoint of ${f.checkpointAt}`;
    case 'chain_missing':
      return `chain ${f.chain} is missing: ${f.missing} record(s) deleted since the checkpoint of ${f.checkpointAt}`;
    case 'table_emptied':
      return `the audit table was emptied${f.checkpointAt ? ` (${f.missing} records at the checkpoint of ${f.checkpointAt})` : ''}`;
    case 'checkpoint_invalid':
      return `checkpoint ${f.source}: signature invalid or not a checkpoint`;
  }
}

function printVerification(result: VerifyResult): void {
  const against = result.checkpoints.map((c) => `${c.source} (${c.at}, ${c.total} records)`).join('; ');
  if (result.ok) {
    console.log(
      `audit trail intact: ${result.checked} records${against ? `; checkpoints: ${against}` : '; no checkpoint to compare with'}`,
    );
    return;
  }
  console.error(`audit trail TAMPERED (${result.status}); ${result.checked} records verified`);
  for (const f of result.findings) console.error(`  - ${describeFinding(f)}`);
  if (against) console.error(`  checkpoints compared: ${against}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DomainError) {
      console.error(
        `ungcuu: ${errorMessage(error.code, error.params, 'vi')} / ${errorMessage(error.code, error.params, 'en')}`,
      );
      const details = error.details as
        | { rows?: { row: number; errors: { message: string }[] }[] }
        | undefined;
      for (const r of details?.rows?.filter((x) => x.errors.length) ?? [])
        console.error(`  row ${r.row}: ${r.errors.map((e) => e.message).join('; ')}`);
    } else {
      console.error(`ungcuu: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
