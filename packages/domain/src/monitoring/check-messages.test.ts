import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMessageText } from './check-messages.ts';

test('a defacement verdict reads as words, with the markers named', () => {
  const t = checkMessageText(
    'changed: similarity 0.12; hacked_text:hacked by xteam, redirect:evil.example, x',
  );
  assert.equal(
    t.vi,
    'Trang đã thay đổi: giống 12 % bản gốc. Dòng chữ tin tặc để lại: «hacked by xteam»; Chuyển hướng sang tên miền khác: «evil.example, x»',
  );
  assert.match(t.en, /^Page changed: 12 % like the baseline\. Attacker's signature text: “hacked by xteam”/);
  assert.equal(checkMessageText('similarity 0.97').vi, 'Giống 97 % bản gốc');
});

test('network and certificate outcomes in Vietnamese and English', () => {
  assert.deepEqual(checkMessageText('ECONNREFUSED'), {
    vi: 'Máy chủ từ chối kết nối',
    en: 'Connection refused',
  });
  assert.equal(checkMessageText('timeout after 5000 ms').vi, 'Quá thời gian chờ (5000 ms)');
  assert.equal(checkMessageText('certificate expires in 9 days').vi, 'Chứng thư số sẽ hết hạn sau 9 ngày');
  assert.equal(
    checkMessageText('certificate not trusted: DEPTH_ZERO_SELF_SIGNED_CERT').vi,
    'Chứng thư số không tin cậy: Chứng thư số tự ký',
  );
  assert.equal(
    checkMessageText('answers changed: 203.0.113.9 (was 203.0.113.5)').en,
    'DNS answers changed: 203.0.113.9 (was 203.0.113.5)',
  );
  assert.equal(checkMessageText('keyword missing').en, 'The expected keyword is missing');
});

test('anything unknown is shown as it is', () => {
  assert.deepEqual(checkMessageText('HTTP 503'), { vi: 'HTTP 503', en: 'HTTP 503' });
  assert.deepEqual(checkMessageText('socket hang up'), { vi: 'socket hang up', en: 'socket hang up' });
  assert.deepEqual(checkMessageText('EWEIRD'), { vi: 'EWEIRD', en: 'EWEIRD' });
});
