import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { TestContext, type TestUser } from '../../testing/test-app.ts';

// Import of units and users from CSV and XLSX: a dry run lists every row's errors; a commit
// writes all rows or none.
let ctx: TestContext;
let admin: TestUser;

before(async () => {
  ctx = await TestContext.create();
  admin = await ctx.user(['admin']);
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

function upload(
  kind: string,
  file: { filename: string; content: Buffer | string },
  options: { headers?: Record<string, string>; dryRun?: boolean } = {},
) {
  const body = multipart(file.filename, file.content);
  const query = options.dryRun === false ? '?dryRun=false' : '';
  return ctx.inject({
    method: 'POST',
    url: `/api/import/${kind}${query}`,
    headers: { ...(options.headers ?? admin.headers), ...body.headers },
    payload: body.payload,
  });
}

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  rows.forEach((cells, i) => {
    if (cells.length > 0) sheet.getRow(i + 1).values = cells;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let seq = 0;
function code(prefix = 'IMP'): string {
  seq += 1;
  return `${prefix}${Date.now()}${seq}`;
}

async function unitsWithCodes(codes: string[]) {
  return ctx.db.selectFrom('units').select(['id', 'code', 'parent_id']).where('code', 'in', codes).execute();
}

async function importAudits(codes: string[]) {
  const units = await unitsWithCodes(codes);
  if (units.length === 0) return [];
  return ctx.db
    .selectFrom('audit_log')
    .select(['action', 'entity_id'])
    .where(
      'entity_id',
      'in',
      units.map((u) => u.id),
    )
    .execute();
}

type RowReport = { row: number; key: string; errors: { path: string; message: string }[] };
const errorPaths = (rows: RowReport[]) =>
  Object.fromEntries(rows.map((r) => [r.row, r.errors.map((e) => e.path)]));

describe('POST /api/import/:kind', () => {
  test('401 without a session', async () => {
    const body = multipart('units.csv', 'code,name,type\nA1,Đơn vị A,commune\n');
    const res = await ctx.inject({
      method: 'POST',
      url: '/api/import/units',
      headers: body.headers,
      payload: body.payload,
    });
    assert.equal(res.statusCode, 401);
  });

  test('400 on an unknown kind, a missing file, an unreadable file or a file without rows', async () => {
    const kind = await upload('cats', { filename: 'x.csv', content: 'code\n1\n' });
    assert.equal(kind.statusCode, 400);
    assert.equal(kind.json().error.code, 'validation.failed');

    const boundary = '----ungcuu-nofile';
    const noFile = await ctx.inject({
      method: 'POST',
      url: '/api/import/units',
      headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nkhông có tệp\r\n--${boundary}--\r\n`,
    });
    assert.equal(noFile.statusCode, 400);
    assert.equal(noFile.json().error.code, 'import.bad_file');

    const json = await ctx.inject({
      method: 'POST',
      url: '/api/import/units',
      headers: admin.headers,
      payload: {},
    });
    assert.equal(json.statusCode, 400);
    assert.equal(json.json().error.code, 'import.bad_file');

    const brokenXlsx = await upload('units', {
      filename: 'x.xlsx',
      content: Buffer.from('PK\u0003\u0004broken'),
    });
    assert.equal(brokenXlsx.statusCode, 400);
    assert.equal(brokenXlsx.json().error.code, 'import.bad_file');

    const empty = await upload('units', { filename: 'x.csv', content: 'code,name,type\n' });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'import.bad_file');
  });

  test('403 for anyone but an administrator', async () => {
    for (const role of ['coordinator', 'unit_officer'] as const) {
      const user = await ctx.user([role]);
      const res = await upload(
        'units',
        { filename: 'u.csv', content: `code,name,type\n${code()},Đơn vị A,commune\n` },
        { headers: user.headers },
      );
      assert.equal(res.statusCode, 403, role);
    }
  });
});

describe('importing units', () => {
  test('a dry run (the default) lists every bad row with all its errors and writes nothing', async () => {
    const existing = await ctx.unit();
    const [good, child, dup, typeless, orphan] = [code(), code(), code(), code(), code()];
    const csv = [
      'code,name,type,parent_code,email',
      `${good},UBND xã Hoà Phong,commune,,`,
      `${child},Trường tiểu học Hoà Phong,agency,${good},`,
      `${dup},Bản sao 1,commune,,`,
      `${dup},Bản sao 2,commune,,`,
      `${typeless},Không loại,castle,,not-an-email`,
      `${orphan},Mồ côi,agency,NOPE${good},`,
      `${existing.code},Đã có,commune,,`,
      ',,commune,,',
    ].join('\n');
    const res = await upload('units', { filename: 'don-vi.csv', content: csv });
    assert.equal(res.statusCode, 200);
    const report = res.json();
    assert.equal(report.dryRun, true);
    assert.equal(report.total, 8);
    assert.equal(report.valid, 3);
    assert.equal(report.created, 0);
    assert.deepEqual(
      report.rows.map((r: RowReport) => r.key),
      [good, child, dup, dup, typeless, orphan, existing.code, ''],
    );
    const paths = errorPaths(report.rows);
    assert.deepEqual(paths[2], []);
    assert.deepEqual(paths[3], []);
    assert.deepEqual(paths[4], []);
    assert.deepEqual(paths[5], ['/code']);
    assert.ok(paths[6]!.includes('/type') && paths[6]!.includes('/email'), JSON.stringify(paths[6]));
    assert.deepEqual(paths[7], ['/parent_code']);
    assert.deepEqual(paths[8], ['/code']);
    assert.ok(paths[9]!.includes('/code') && paths[9]!.includes('/name'), JSON.stringify(paths[9]));
    for (const row of report.rows as RowReport[]) for (const e of row.errors) assert.ok(e.message.length > 0);
    assert.deepEqual(await unitsWithCodes([good, child, dup, typeless, orphan]), []);
  });

  test('a commit with errors is refused (422) and writes neither units nor audit records', async () => {
    const [a, b] = [code(), code()];
    const csv = `code,name,type\n${a},Đơn vị tốt,commune\n${b},Đơn vị xấu,castle\n`;
    const res = await upload('units', { filename: 'u.csv', content: csv }, { dryRun: false });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'import.has_errors');
    assert.match(res.json().error.messages.en, /1 rows with errors/);
    assert.equal(res.json().error.details.rows[1].row, 3);
    assert.deepEqual(await unitsWithCodes([a, b]), []);
  });

  test('a commit of a good CSV (semicolons, Vietnamese headers) creates every unit with its parent, each audited', async () => {
    const [parent, child] = [code('CHA'), code('CON')];
    const csv = [
      '\uFEFFMã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên;Điện thoại',
      `${parent};UBND phường Nhân Hoà;commune;;0221 3946 010`,
      `${child};Trạm y tế phường Nhân Hoà;agency;${parent.toLowerCase()};`,
    ].join('\r\n');
    const res = await upload('units', { filename: 'don-vi.csv', content: csv }, { dryRun: false });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().created, 2);
    assert.equal(res.json().dryRun, false);
    const units = await unitsWithCodes([parent, child]);
    assert.equal(units.length, 2);
    const parentRow = units.find((u) => u.code === parent)!;
    const childRow = units.find((u) => u.code === child)!;
    assert.equal(parentRow.parent_id, null);
    assert.equal(childRow.parent_id, parentRow.id);
    const audits = await importAudits([parent, child]);
    assert.equal(audits.length, 2);
    assert.ok(audits.every((a) => a.action === 'unit.import'));
  });

  test('XLSX: the same dry run and commit, from the first sheet', async () => {
    const [a, b] = [code('XL'), code('XL')];
    const bad = await xlsx([
      ['Mã', 'Tên', 'Loại'],
      [a, 'UBND xã Cẩm Xá', 'commune'],
      [b, 'X', 'nowhere'],
    ]);
    const dry = await upload('units', { filename: 'don-vi.xlsx', content: bad });
    assert.equal(dry.statusCode, 200, dry.body);
    const paths = errorPaths(dry.json().rows);
    assert.deepEqual(paths[2], []);
    assert.ok(paths[3]!.includes('/name') && paths[3]!.includes('/type'), JSON.stringify(paths[3]));
    assert.equal(
      (await upload('units', { filename: 'don-vi.xlsx', content: bad }, { dryRun: false })).statusCode,
      422,
    );
    assert.deepEqual(await unitsWithCodes([a, b]), []);

    const good = await xlsx([
      ['Mã', 'Tên', 'Loại'],
      [a, 'UBND xã Cẩm Xá', 'commune'],
      [b, 'UBND xã Dị Sử', 'commune'],
    ]);
    const committed = await upload('units', { filename: 'don-vi.xlsx', content: good }, { dryRun: false });
    assert.equal(committed.statusCode, 200, committed.body);
    assert.equal(committed.json().created, 2);
    assert.equal((await unitsWithCodes([a, b])).length, 2);
    assert.equal((await importAudits([a, b])).length, 2);
  });

  test('XLSX: rows after blank rows are read, and errors name the row of the sheet', async () => {
    const [a, b, c] = [code('GAP'), code('GAP'), code('GAP')];
    const sheet = await xlsx([
      ['code', 'name', 'type'],
      [a, 'Đơn vị một', 'commune'],
      [],
      [],
      [b, 'Đơn vị hai', 'commune'],
      [],
      [],
      [c, 'Đơn vị ba', 'castle'],
    ]);
    const res = await upload('units', { filename: 'gap.xlsx', content: sheet });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().total, 3);
    assert.deepEqual(
      res.json().rows.map((r: RowReport) => [r.row, r.key, r.errors.length > 0]),
      [
        [2, a, false],
        [5, b, false],
        [8, c, true],
      ],
    );
  });
  test('CSV: errors name the row of the file, blank lines counted', async () => {
    const [a, b] = [code('LN'), code('LN')];
    const csv = `code,name,type\n${a},Đơn vị một,commune\n\n\n${b},Đơn vị hai,castle\n`;
    const res = await upload('units', { filename: 'gap.csv', content: csv });
    assert.deepEqual(
      res.json().rows.map((r: RowReport) => [r.row, r.key, r.errors.length > 0]),
      [
        [2, a, false],
        [5, b, true],
      ],
    );
  });
});

describe('importing users', () => {
  test('dry run: unknown unit, unknown role, taken and repeated usernames are each reported', async () => {
    const unit = await ctx.unit();
    const taken = await ctx.user(['viewer'], { signIn: false });
    const fresh = `nhap${Date.now()}`;
    const csv = [
      'username,full_name,unit_code,roles',
      `${fresh},Vũ Thị Mai,${unit.code},unit_officer`,
      `${fresh.toUpperCase()},Vũ Thị Mai 2,${unit.code},responder`,
      `${taken.username},Người trùng,${unit.code},viewer`,
      `${fresh}b,Người lạ,NO-SUCH-UNIT,viewer`,
      `${fresh}c,Vai trò lạ,${unit.code},"viewer,emperor"`,
    ].join('\n');
    const res = await upload('users', { filename: 'nguoi-dung.csv', content: csv });
    assert.equal(res.statusCode, 200, res.body);
    const paths = errorPaths(res.json().rows);
    assert.deepEqual(paths[2], []);
    assert.deepEqual(paths[3], ['/username']);
    assert.deepEqual(paths[4], ['/username']);
    assert.deepEqual(paths[5], ['/unit_code']);
    assert.ok(paths[6]!.includes('/roles'), JSON.stringify(paths[6]));
    assert.equal(res.json().valid, 1);
    const rows = await ctx.db.selectFrom('users').select('id').where('username', '=', fresh).execute();
    assert.equal(rows.length, 0);
  });

  test('commit: people are created with one-time passwords listed once, to change at first sign-in', async () => {
    const unit = await ctx.unit();
    const names = [`nhapa${Date.now()}`, `nhapb${Date.now()}`];
    const sheet = await xlsx([
      ['Tên đăng nhập', 'Họ và tên', 'Mã đơn vị', 'Vai trò', 'Email'],
      [names[0]!, 'Đỗ Văn Hùng', unit.code, 'unit_officer', 'hung@example.gov.vn'],
      [names[1]!, 'Ngô Thị Yến', unit.code, 'responder; viewer', null],
    ]);
    const res = await upload('users', { filename: 'nguoi-dung.xlsx', content: sheet }, { dryRun: false });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().created, 2);
    const credentials = res.json().credentials as { username: string; oneTimePassword: string }[];
    assert.deepEqual(
      credentials.map((c) => c.username),
      names,
    );
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'username', 'roles', 'unit_id', 'must_change_password', 'email'])
      .where('username', 'in', names)
      .orderBy('username')
      .execute();
    assert.deepEqual(
      users.map((u) => [u.username, u.roles, u.unit_id, u.must_change_password]),
      [
        [names[0], ['unit_officer'], unit.id, true],
        [names[1], ['responder', 'viewer'], unit.id, true],
      ],
    );
    const headers = await ctx.signIn(names[1]!, credentials[1]!.oneTimePassword);
    const me = await ctx.inject({ method: 'GET', url: '/api/auth/me', headers });
    assert.equal(me.json().mustChangePassword, true);
    const audits = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where(
        'entity_id',
        'in',
        users.map((u) => u.id),
      )
      .where('action', '=', 'user.import')
      .execute();
    assert.equal(audits.length, 2);
    for (const a of audits) assert.doesNotMatch(JSON.stringify(a.after), /argon2|password_hash/);
  });
});
