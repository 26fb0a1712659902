import '../test/dom.ts';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { downloadFile, filenameOf, withQuery } from './download-file.ts';

test('the file name comes from content-disposition, the UTF-8 form first', () => {
  assert.equal(
    filenameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''h%E1%BB%87-th%E1%BB%91ng.xlsx`, 'x'),
    'hệ-thống.xlsx',
  );
  assert.equal(filenameOf('attachment; filename="bao-cao.docx"', 'x'), 'bao-cao.docx');
  assert.equal(filenameOf('attachment; filename=plain.csv', 'x'), 'plain.csv');
  assert.equal(filenameOf(null, 'fallback.txt'), 'fallback.txt');
});

test('query values are appended, blanks left out, to a path that may already have a query', () => {
  assert.equal(
    withQuery('/api/systems/export', { format: 'csv', unitId: null, q: '', kind: undefined }),
    '/api/systems/export?format=csv',
  );
  assert.equal(
    withQuery('/api/audit/latest?format=text', { year: 2026 }),
    '/api/audit/latest?format=text&year=2026',
  );
  assert.equal(withQuery('/api/x'), '/api/x');
});

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

test('a good answer becomes a link clicked with the server-given name', async () => {
  const clicked: string[] = [];
  const realClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  const requested: string[] = [];
  globalThis.fetch = (async (url: string) => {
    requested.push(url);
    return new Response('a;b\n', {
      status: 200,
      headers: { 'content-disposition': 'attachment; filename="he-thong.csv"' },
    });
  }) as typeof fetch;
  try {
    assert.equal(await downloadFile('/api/systems/export', 'fallback.csv', { format: 'csv' }), true);
  } finally {
    HTMLAnchorElement.prototype.click = realClick;
  }
  assert.deepEqual(requested, ['/api/systems/export?format=csv']);
  assert.deepEqual(clicked, ['he-thong.csv']);
  assert.equal(document.querySelector('a[download]'), null, 'the temporary link is removed');
});

test('an error answer is not saved as a file', async () => {
  const clicked: string[] = [];
  const realClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  };
  globalThis.fetch = (async () =>
    new Response(JSON.stringify({ error: { code: 'auth.forbidden', messages: { vi: 'Không có quyền.' } } }), {
      status: 403,
      headers: { 'content-type': 'application/json' },
    })) as unknown as typeof fetch;
  try {
    assert.equal(await downloadFile('/api/budget/export.xlsx', 'du-toan.xlsx'), false);
  } finally {
    HTMLAnchorElement.prototype.click = realClick;
  }
  assert.deepEqual(clicked, []);
});
