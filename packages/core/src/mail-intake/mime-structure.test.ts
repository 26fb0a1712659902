import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMimeStructure, MAX_MIME_DEPTH, MAX_MIME_PARTS } from './mime-structure.ts';

const mail = (head: string, body: string) =>
  Buffer.from(`From: a@b.vn\r\nSubject: s\r\n${head}\r\n\r\n${body}`);

function nested(levels: number): Buffer {
  let inner = 'Content-Type: text/plain\r\n\r\nđáy\r\n';
  for (let i = 0; i < levels - 1; i++)
    inner = `Content-Type: multipart/mixed; boundary="B${i}"\r\n\r\n--B${i}\r\n${inner}--B${i}--\r\n`;
  return mail(`Content-Type: multipart/mixed; boundary="Top"`, `--Top\r\n${inner}--Top--\r\n`);
}

test('ordinary mails pass: plain text, multipart with attachments, case-sensitive boundaries', () => {
  assert.equal(checkMimeStructure(mail('Content-Type: text/plain', 'xin chào')), null);
  const parts =
    '--AbC\r\nContent-Type: text/plain\r\n\r\nx\r\n--AbC\r\nContent-Type: image/png\r\n\r\nyy\r\n--AbC--\r\n';
  assert.equal(checkMimeStructure(mail('Content-Type: multipart/mixed;\r\n boundary="AbC"', parts)), null);
  assert.equal(checkMimeStructure(nested(MAX_MIME_DEPTH)), null);
});

test('malformed, too deep and too many parts are named', () => {
  assert.equal(
    checkMimeStructure(mail('Content-Type: multipart/mixed', '--x\r\n\r\nabc\r\n--x--')),
    'malformed_mime',
  );
  assert.equal(
    checkMimeStructure(mail('Content-Type: multipart/mixed; boundary=never', 'no parts here')),
    'malformed_mime',
  );
  assert.equal(checkMimeStructure(nested(MAX_MIME_DEPTH + 2)), 'too_deep');
  const many = Array.from(
    { length: MAX_MIME_PARTS + 1 },
    () => '--P\r\nContent-Type: text/plain\r\n\r\nx\r\n',
  ).join('');
  assert.equal(
    checkMimeStructure(mail('Content-Type: multipart/mixed; boundary=P', `${many}--P--\r\n`)),
    'too_many_parts',
  );
});
