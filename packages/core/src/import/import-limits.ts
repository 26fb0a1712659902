import { DomainError } from '@ungcuu/domain/errors.ts';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

// What an import file may hold. A spreadsheet is a zip of XML parts: a 10 MB upload can expand to
// gigabytes, so the archive is measured before any XML parser sees it, and the reader stops at the
// first row, column or cell past these limits instead of loading the whole sheet first.
export const IMPORT_LIMITS = {
  rows: 20_000,
  columns: 200,
  /** Characters in one cell; longer than any field of units, users or systems. */
  cellChars: 10_000,
  /** Sum of the uncompressed parts of an XLSX; a 20,000 × 20 sheet of long texts is ~46 MB. */
  uncompressedBytes: 100 * 1024 * 1024,
  zipEntries: 500,
  /** Expansion ratio of one part, checked on parts above 1 MB (real sheets compress 5–30×). */
  compressionRatio: 200,
  /** Wall time of reading one file, and the reader's heap: past either the file is refused. */
  readMs: 60_000,
  readerHeapMb: 384,
} as const;

const MB = 1024 * 1024;
const describeBytes = (n: number) => `${Math.round(n / MB)} MB`;

function tooLarge(): never {
  throw new DomainError('import.archive_too_large', { max: describeBytes(IMPORT_LIMITS.uncompressedBytes) });
}

/**
 * Reads the zip's central directory only (nothing is inflated) and refuses an archive whose
 * declared content is over the limits: cheap enough to run on the request thread, and it refuses
 * the common zip bomb at once.
 */
export function checkZipDirectory(bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        total += file.originalSize;
        if (entries > IMPORT_LIMITS.zipEntries)
          throw new DomainError('import.archive_too_many_parts', { max: IMPORT_LIMITS.zipEntries });
        if (total > IMPORT_LIMITS.uncompressedBytes) tooLarge();
        if (
          file.originalSize > MB &&
          file.originalSize / Math.max(1, file.size) > IMPORT_LIMITS.compressionRatio
        )
          tooLarge();
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('import.bad_file', { detail: 'not a readable XLSX (zip) file' });
  }
  if (entries === 0) throw new DomainError('import.bad_file', { detail: 'not a readable XLSX (zip) file' });
}

/**
 * Inflates every part as the local headers describe it (the view a streaming XLSX reader takes),
 * counting real output bytes, and stops as soon as the total passes the limit: sizes declared in
 * the directory can lie, the inflated bytes cannot. Nothing inflated is kept.
 */
export function checkZipExpansion(bytes: Uint8Array): void {
  let total = 0;
  let failure: DomainError | undefined;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) failure = new DomainError('import.bad_file', { detail: 'damaged XLSX (zip) part' });
      else {
        total += chunk.length;
        if (total > IMPORT_LIMITS.uncompressedBytes)
          failure = new DomainError('import.archive_too_large', {
            max: describeBytes(IMPORT_LIMITS.uncompressedBytes),
          });
      }
    };
    if (file.compression !== 0 && file.compression !== 8)
      failure = new DomainError('import.bad_file', { detail: 'unsupported zip compression' });
    else file.start();
  });
  unzip.register(UnzipInflate);
  // Small slices bound what one inflate call can produce (deflate expands at most ~1,032×).
  const step = 16 * 1024;
  try {
    for (let at = 0; at < bytes.length && !failure; at += step) {
      const end = Math.min(bytes.length, at + step);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    failure ??= new DomainError('import.bad_file', { detail: 'damaged XLSX (zip) file' });
  }
  if (failure) throw failure;
}
