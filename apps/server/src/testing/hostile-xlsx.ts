import { crc32, createDeflateRaw } from 'node:zlib';

// Hostile spreadsheets built on the fly (no binary fixtures in the repository): a real workbook
// whose one sheet expands far past what an import should ever read.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

const VALUES = ['P', 'Phường Hoà Bình', 'commune', `Ghi chú ${'x'.repeat(30)}`];

function row(r: number): string {
  const cells = ['code', 'name', 'type', 'notes'].map(
    (v, i) =>
      `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${r === 1 ? v : VALUES[i]}</t></is></c>`,
  );
  return `<row r="${r}">${cells.join('')}</row>`;
}

export interface HostileXlsx {
  bytes: Buffer;
  sheetXmlBytes: number;
}

interface Part {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  method: 0 | 8;
}

// A minimal zip writer (stored or deflated parts, no zip64): enough for a valid workbook, and
// native deflate keeps building a 180 MB sheet to a few seconds.
function zip(parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, part.data);
    central.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

function stored(name: string, text: string): Part {
  const data = Buffer.from(text, 'utf8');
  return { name, data, crc: crc32(data), size: data.length, method: 0 };
}

/**
 * A valid XLSX whose sheet XML is about `sheetMb` MB of repeated rows; only the row numbers
 * change, so the zip is about 1/19 of that (180 MB of XML → ~9.5 MB file, under the 10 MB upload limit).
 */
export async function hostileXlsx(sheetMb = 180): Promise<HostileXlsx> {
  const deflate = createDeflateRaw({ level: 6 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const finished = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let written = 0;
  const push = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    written += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await push(SHEET_HEAD);
  const target = sheetMb * 1024 * 1024;
  let r = 1;
  while (written < target) {
    let batch = '';
    for (let i = 0; i < 2000; i++, r++) batch += row(r);
    await push(batch);
  }
  await push(SHEET_TAIL);
  deflate.end();
  await finished;
  const bytes = zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', ROOT_RELS),
    stored('xl/workbook.xml', WORKBOOK),
    stored('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(compressed), crc, size: written, method: 8 },
  ]);
  return { bytes, sheetXmlBytes: written };
}

/**
 * A copy of a workbook whose zip directory claims the sheet is half as large as it is compressed:
 * only counting the bytes actually inflated catches it.
 */
export function lyingXlsx(workbook: Buffer): Buffer {
  const bytes = Buffer.from(workbook);
  // Central directory records (PK\x01\x02) carry the uncompressed size at offset 24.
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name === 'xl/worksheets/sheet1.xml') {
      bytes.writeUInt32LE(Math.floor(bytes.readUInt32LE(at + 20) / 2), at + 24);
      return bytes;
    }
  }
  throw new Error('no sheet in the central directory');
}
