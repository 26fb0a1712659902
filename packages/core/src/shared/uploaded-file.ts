import { DomainError } from '@ungcuu/domain/errors.ts';
import { fileTypeFromBuffer } from 'file-type';

// Files people attach (incident evidence, inspection evidence) are judged by what they are, not by
// what the browser or the name claims: a program renamed `hoa-don.pdf` and sent as application/pdf
// is still a program. Names are normalised so that what is stored and offered for download is one
// plain file name that no file system or mail client reads differently.

/** Content types decided from the bytes (magic numbers), and the ones text files get by name. */
const ALLOWED_DETECTED = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'application/pdf',
  'application/zip',
  'application/gzip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.tcpdump.pcap',
  'application/x-pcapng',
  'video/mp4',
  'audio/mpeg',
]);

/** What the magic-bytes library calls programs, installers and packages of code. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe',
  'elf',
  'macho',
  'dex',
  'wasm',
  'class',
  'apk',
  'jar',
  'deb',
  'rpm',
  'crx',
  'lnk',
  'swf',
  'msi',
  'xpi',
]);

/** Names that Windows runs or interprets whatever the content (scripts are plain text). */
const REFUSED_NAME =
  /\.(exe|dll|scr|bat|cmd|com|cpl|pif|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|msi|msp|jar|lnk|reg|sh|inf|url|iso|img|vhd)$/i;

/** Old Office files and Outlook messages share one container format with Windows installers. */
const CFB_NAMES = /\.(doc|xls|ppt|msg)$/i;
const CFB_TYPES: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
};

/** Text content gets its type from the name; anything else textual is plain text. */
const TEXT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  eml: 'message/rfc822',
  xml: 'application/xml',
};

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * One plain file name: Unicode NFC; no folders (either slash); no NTFS alternate stream
 * (`name.exe::$DATA` is `name.exe`; other colons become `_`); no control or bidirectional-override characters (`‮fdp.exe`); no leading
 * or trailing dots and spaces, which Windows drops (`evil.exe.` is `evil.exe`); at most 200
 * characters, the extension kept.
 */
export function normaliseFileName(raw: string, fallback = 'tep-dinh-kem'): string {
  let name = raw.normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/:[^:]*:\$[A-Za-z_]+$/, '').replace(/:/g, '_');
  name = name.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  name = name.replace(/[<>"|?*]/g, '_');
  name = name.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  const chars = [...name];
  if (chars.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = chars.slice(0, 200 - ext.length).join('') + ext;
  }
  return name || fallback;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Text as logs, CSV, mail and notes are: no NUL byte and few control characters (a legacy
 * single-byte encoding or a stray byte is still text), or UTF-16 with its byte-order mark.
 */
function isText(bytes: Buffer): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return bytes.length % 2 === 0;
  if (bytes.includes(0)) return false;
  let control = 0;
  for (const b of bytes)
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  return control <= bytes.length / 10;
}

/**
 * Decides on an uploaded file from its content: the normalised name and the detected type, or
 * `file.executable` / `file.bad_type` (HTTP 415). The type the client sent is not trusted.
 */
export async function inspectUpload(
  rawName: string,
  bytes: Buffer,
): Promise<{ filename: string; contentType: string }> {
  const filename = normaliseFileName(rawName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && EXECUTABLE_EXTENSIONS.has(detected.ext))
    throw new DomainError('file.executable', { filename, type: detected.mime });
  if (REFUSED_NAME.test(filename))
    throw new DomainError('file.executable', { filename, type: extensionOf(filename) });
  if (detected?.ext === 'cfb') {
    if (!CFB_NAMES.test(filename)) throw new DomainError('file.bad_type', { filename, type: detected.mime });
    return { filename, contentType: CFB_TYPES[extensionOf(filename)] ?? 'application/x-cfb' };
  }
  if (detected) {
    if (!ALLOWED_DETECTED.has(detected.mime))
      throw new DomainError('file.bad_type', { filename, type: detected.mime });
    return { filename, contentType: detected.mime };
  }
  if (isText(bytes)) return { filename, contentType: TEXT_TYPES[extensionOf(filename)] ?? 'text/plain' };
  throw new DomainError('file.bad_type', { filename, type: 'application/octet-stream' });
}
