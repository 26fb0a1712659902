import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { hostileXlsx, lyingXlsx } from '../../testing/hostile-xlsx.ts';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

// Hostile import files: a zip bomb (9 MB file, 180 MB sheet), a zip whose directory lies about
// sizes, files past the row, column and cell limits, and damaged files. Each is refused with a
// coded 4xx, quickly, without the server's memory exploding, while /healthz keeps answering.
let ctx: TestContext;
let admin: TestUser;
let bomb: Buffer;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
  const built = await hostileXlsx(180);
  assert.ok(built.sheetXmlBytes > 175 * 1024 * 1024, 'the sheet XML is ~180 MB');
  assert.ok(built.bytes.length < 10 * 1024 * 1024, 'the file fits the 10 MB upload limit');
  bomb = built.bytes;
});
after(() => ctx.close());

function multipart(filename: string, content: Buffer | string) {
  const boundary = `----ungcuu${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const ROUTES = { units: '/api/import/units', users: '/api/import/users', systems: '/api/systems/import' };

function upload(url: string, filename: string, content: Buffer | string) {
  const body = multipart(filename, content);
  return ctx.inject({
    method: 'POST',
    url,
    headers: { ...admin.headers, ...body.headers },
    payload: body.payload,
  });
}

/** Runs an import while polling /healthz and sampling memory; returns the figures. */
async function underWatch(url: string, filename: string, content: Buffer) {
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const latencies: number[] = [];
  let running = true;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 20);
  const poller = (async () => {
    while (running) {
      const t = performance.now();
      const res = await ctx.inject({ method: 'GET', url: '/healthz' });
      assert.equal(res.statusCode, 200);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = performance.now();
  const res = await upload(url, filename, content);
  const ms = performance.now() - started;
  running = false;
  await poller;
  clearInterval(sampler);
  return { res, ms, rssGrowthMb: (rssPeak - rssBefore) / 2 ** 20, healthMaxMs: Math.max(0, ...latencies) };
}

function assertRefused(res: Awaited<ReturnType<typeof upload>>, status: number, code: string) {
  assert.equal(res.statusCode, status, res.body);
  const error = res.json().error;
  assert.equal(error.code, code);
  assert.ok(error.messages.vi && error.messages.en, 'a message in Vietnamese and English');
  assert.doesNotMatch(res.body, /Cannot read properties|undefined|TypeError/);
}

describe('hostile XLSX: a 9 MB file whose sheet is 180 MB of XML', () => {
  for (const [kind, url] of Object.entries(ROUTES)) {
    test(`${kind}: refused at once (413) from the zip directory; memory and /healthz unaffected`, async () => {
      const watch = await underWatch(url, 'bomb.xlsx', bomb);
      assertRefused(watch.res, 413, 'import.archive_too_large');
      assert.ok(watch.ms < 3000, `refused in ${watch.ms.toFixed(0)} ms`);
      assert.ok(watch.rssGrowthMb < 150, `RSS grew by ${watch.rssGrowthMb.toFixed(0)} MB`);
      assert.ok(watch.healthMaxMs < 1000, `/healthz answered within ${watch.healthMaxMs.toFixed(0)} ms`);
    });
  }

  test('a directory that lies about sizes is caught by counting inflated bytes, off the request thread', async () => {
    const watch = await underWatch(ROUTES.units, 'liar.xlsx', lyingXlsx(bomb));
    assertRefused(watch.res, 413, 'import.archive_too_large');
    assert.ok(watch.ms < 20_000, `refused in ${watch.ms.toFixed(0)} ms`);
    assert.ok(watch.rssGrowthMb < 300, `RSS grew by ${watch.rssGrowthMb.toFixed(0)} MB`);
    assert.ok(watch.healthMaxMs < 1000, `/healthz answered within ${watch.healthMaxMs.toFixed(0)} ms`);
  });

  test('three bombs at once are each refused, and /healthz keeps answering', async () => {
    const results = await Promise.all([
      underWatch(ROUTES.units, 'a.xlsx', bomb),
      underWatch(ROUTES.systems, 'b.xlsx', lyingXlsx(bomb)),
      underWatch(ROUTES.users, 'c.xlsx', bomb),
    ]);
    for (const watch of results) {
      assertRefused(watch.res, 413, 'import.archive_too_large');
      assert.ok(watch.healthMaxMs < 1000, `/healthz answered within ${watch.healthMaxMs.toFixed(0)} ms`);
    }
  });
});

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  for (const cells of rows) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('limits stop the reader as soon as they are passed', () => {
  const header = 'code,name,type';
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `R${i},Đơn vị ${i},commune`).join('\n');

  test('CSV with 20,001 data rows: 413 import.too_many_rows', async () => {
    const res = await upload(ROUTES.units, 'u.csv', `${header}\n${rows(20_001)}\n`);
    assertRefused(res, 413, 'import.too_many_rows');
    assert.match(res.json().error.messages.en, /20000/);
  });

  test('XLSX with 20,001 data rows: 413 import.too_many_rows', async () => {
    const data = Array.from({ length: 20_001 }, (_, i) => [`R${i}`, `Đơn vị ${i}`, 'commune']);
    const res = await upload(ROUTES.systems, 's.xlsx', await xlsx([['code', 'name', 'type'], ...data]));
    assertRefused(res, 413, 'import.too_many_rows');
  });

  test('201 columns: 413 import.too_many_columns (CSV and XLSX)', async () => {
    const wide = Array.from({ length: 201 }, (_, i) => `c${i}`);
    assertRefused(await upload(ROUTES.units, 'w.csv', `${wide.join(',')}\n`), 413, 'import.too_many_columns');
    assertRefused(await upload(ROUTES.units, 'w.xlsx', await xlsx([wide])), 413, 'import.too_many_columns');
  });

  test('a cell over 10,000 characters: 413 import.cell_too_long naming the row', async () => {
    const long = 'a'.repeat(10_001);
    const csv = await upload(ROUTES.units, 'l.csv', `${header}\nA1,x,commune\n\nA2,${long},commune\n`);
    assertRefused(csv, 413, 'import.cell_too_long');
    assert.equal(csv.json().error.messages.en, 'Row 4 has a cell longer than 10000 characters.');
    const book = await upload(ROUTES.users, 'l.xlsx', await xlsx([['username'], ['ok'], [long]]));
    assertRefused(book, 413, 'import.cell_too_long');
    assert.match(book.json().error.messages.vi, /Dòng 3/);
  });
});

describe('damaged files: 400 import.bad_file, never a parser internal', () => {
  test('not a zip, a truncated zip, a zip without a sheet, broken sheet XML, an unclosed CSV quote', async () => {
    const good = await xlsx([
      ['code', 'name', 'type'],
      ['A1', 'Đơn vị A', 'commune'],
    ]);
    const noSheet = lyingXlsxWithout(good);
    const brokenXml = await brokenSheet();
    const cases: [string, Buffer | string][] = [
      ['junk.xlsx', Buffer.from('PK\u0003\u0004 this is not a zip at all')],
      ['half.xlsx', good.subarray(0, Math.floor(good.length / 2))],
      ['nosheet.xlsx', noSheet],
      ['broken.xlsx', brokenXml],
      ['quote.csv', 'code,name,type\nA1,"Đơn vị A,commune\n'],
    ];
    for (const [name, content] of cases) {
      for (const url of [ROUTES.units, ROUTES.systems]) {
        const res = await upload(url, name, content);
        assertRefused(res, 400, 'import.bad_file');
      }
    }
  });
});

/** A valid zip that holds no worksheet (its sheet part renamed). */
function lyingXlsxWithout(workbook: Buffer): Buffer {
  const copy = Buffer.from(workbook);
  const from = Buffer.from('xl/worksheets/sheet1.xml');
  const to = Buffer.from('xl/worksheets/other1.xml');
  for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + 1)) to.copy(copy, at);
  return copy;
}

/** A workbook whose sheet XML is cut off in the middle of a cell. */
async function brokenSheet(): Promise<Buffer> {
  const { zipSync, strToU8, unzipSync } = await import('fflate');
  const parts = unzipSync(await xlsx([['code'], ['A1']]));
  parts['xl/worksheets/sheet1.xml'] = strToU8(
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><row',
  );
  return Buffer.from(zipSync(parts));
}
