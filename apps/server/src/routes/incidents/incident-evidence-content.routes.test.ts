import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestContext } from '../../testing/test-app.ts';
import { buildWorld, type IncidentView, report, type World } from '../incidents.testkit.ts';

// Evidence is judged on its content, not on the name or type the browser sends: programs are
// refused however they are named, names are normalised, and downloads are never rendered.

let ctx: TestContext;
let w: World;
let incident: IncidentView;

before(async () => {
  ctx = await TestContext.create();
  w = await buildWorld(ctx);
  incident = await report(ctx, w.officerA);
});
after(() => ctx.close());

const BOUNDARY = 'ungcuu-content-boundary';

function body(filename: string, contentType: string, content: Buffer) {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

function upload(filename: string, contentType: string, content: Buffer) {
  return ctx.inject({
    method: 'POST',
    url: `/api/incidents/${incident.id}/evidence`,
    headers: { ...w.officerA.headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: body(filename, contentType, content),
  });
}

/** The first bytes of a Windows program (MZ header pointing at a PE signature). */
function peBytes(): Buffer {
  const pe = Buffer.alloc(512);
  pe.write('MZ');
  pe.writeUInt32LE(0x80, 0x3c);
  pe.write('PE\0\0', 0x80, 'latin1');
  return pe;
}
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('POST /api/incidents/:id/evidence judges the content', () => {
  for (const [name, type] of [
    ['hoa-don.pdf', 'application/pdf'],
    ['anh-man-hinh.png', 'image/png'],
    ['nhat-ky.txt', 'text/plain'],
  ] as const)
    test(`a Windows program named ${name} and sent as ${type} is a 415 file.executable`, async () => {
      const res = await upload(name, type, peBytes());
      assert.equal(res.statusCode, 415, res.body);
      assert.equal(res.json().error.code, 'file.executable');
    });

  for (const name of [
    'evil.exe.',
    'evil.exe ',
    'evil.exe::$DATA',
    'evil.exe. . .',
    'thu-muc\\evil.exe',
    'evil.ps1',
  ])
    test(`a name Windows runs as a program (${JSON.stringify(name)}) is a 415 file.executable`, async () => {
      const res = await upload(name, 'text/plain', Buffer.from('Write-Host pwned'));
      assert.equal(res.statusCode, 415, res.body);
      assert.equal(res.json().error.code, 'file.executable');
    });

  test('binary content of no accepted kind is a 415 file.bad_type', async () => {
    const res = await upload(
      'du-lieu.bin',
      'application/octet-stream',
      Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 9]),
    );
    assert.equal(res.statusCode, 415, res.body);
    assert.equal(res.json().error.code, 'file.bad_type');
  });

  test('a PDF is stored with the detected type and a normalised name, whatever the browser said', async () => {
    const res = await upload('../../Ba\u0301o ca\u0301o\u202e.pdf . ', 'application/octet-stream', PDF);
    assert.equal(res.statusCode, 201, res.body);
    const saved = res.json();
    assert.equal(saved.contentType, 'application/pdf');
    assert.equal(saved.filename, 'Báo cáo.pdf');
    assert.equal(saved.filename, saved.filename.normalize('NFC'));
  });

  test('text is stored as text/plain even when sent as text/html', async () => {
    const res = await upload('ghi-chu.html.txt', 'text/html', Buffer.from('<script>alert(1)</script>'));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().contentType, 'text/plain');
  });
});

describe('GET /api/incidents/:id/evidence/:evidenceId is always a download', () => {
  test('attachment with an ASCII fallback and the UTF-8 name (RFC 6266), nosniff, the stored type', async () => {
    const saved = (await upload('Biên bản; 100% sự cố.pdf', 'application/pdf', PDF)).json();
    const res = await ctx.inject({
      method: 'GET',
      url: `/api/incidents/${incident.id}/evidence/${saved.id}`,
      headers: w.officerA.headers,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-type'], 'application/pdf');
    const disposition = String(res.headers['content-disposition']);
    assert.match(disposition, /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    assert.equal(disposition.match(/filename="([^"]*)"/)?.[1], 'Bi_n b_n_ 100_ s_ c_.pdf');
    assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1] ?? ''), 'Biên bản; 100% sự cố.pdf');
  });
});
