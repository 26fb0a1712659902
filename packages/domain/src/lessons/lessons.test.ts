import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FOLLOWUP_STATUS_LABELS,
  FOLLOWUP_STATUSES,
  REDACTED_INDICATOR,
  redactLessonText,
} from './lessons.ts';

test('redaction: indicators are masked and the unit becomes "một đơn vị"', () => {
  const text =
    'UBND phường Bạch Sam chưa chặn IP 203.0.113.45 và tên miền myhao-giaomao.example.com; ông Nguyễn Văn A báo muộn. Bạch Sam cần sao lưu.';
  const out = redactLessonText(text, ['UBND phường Bạch Sam', 'Bạch Sam', 'Nguyễn Văn A'], 'một đơn vị');
  assert.doesNotMatch(out, /203\.0\.113\.45|myhao-giaomao|Bạch Sam|Nguyễn Văn A/);
  assert.match(out, /^một đơn vị chưa chặn IP/);
  assert.ok(out.includes(REDACTED_INDICATOR));
  assert.match(out, /cần sao lưu/, 'the lesson itself stays readable');
});

test('redaction leaves plain lessons alone', () => {
  const text = 'Cần kiểm tra sao lưu hằng tháng và diễn tập khôi phục.';
  assert.equal(redactLessonText(text, [], 'một đơn vị'), text);
});

test('every follow-up status has vi/en labels', () => {
  for (const s of FOLLOWUP_STATUSES) assert.ok(FOLLOWUP_STATUS_LABELS[s].vi && FOLLOWUP_STATUS_LABELS[s].en);
});
