/**
 * Drops top-level entries by name from a tar archive (ustar, as PGlite writes it). PGlite dumps
 * every file of its folder, including the lock and the control secret of the running server:
 * those belong to a process, not to the data, and the secret must not travel in backups.
 */
export function dropTarEntries(tar: Buffer, names: readonly string[]): Buffer {
  const drop = new Set(names.flatMap((n) => [n, `/${n}`, `./${n}`]));
  const kept: Buffer[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = cString(header.subarray(0, 100));
    const prefix = cString(header.subarray(345, 500));
    const size = Number.parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    const end = offset + 512 + Math.ceil(size / 512) * 512;
    const fullName = prefix ? `${prefix}/${name}` : name;
    if (!drop.has(fullName)) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  kept.push(Buffer.alloc(1024));
  return Buffer.concat(kept);
}

function cString(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  return bytes.subarray(0, nul < 0 ? bytes.length : nul).toString('utf8');
}
