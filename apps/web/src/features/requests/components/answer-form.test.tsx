import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Answers, RequestField } from '@ungcuu/domain/requests/request-form.ts';
import { fireEvent, renderWithApp, screen, within } from '../../../test/render.tsx';
import { AnswerForm } from './answer-form.tsx';
import { FieldBuilder, nextFieldKey } from './field-builder.tsx';

const scan: RequestField[] = [
  { key: 'scanned', label: 'Số máy đã quét', type: 'number', required: true, min: 0 },
  { key: 'infected', label: 'Số máy nhiễm', type: 'number', required: true, min: 0 },
  { key: 'done', label: 'Đã hoàn thành', type: 'yes_no', required: false },
  { key: 'tool', label: 'Phần mềm', type: 'text', required: false, max: 200 },
];

function form(initial: Answers = {}) {
  const saved: { answers: Answers; submit: boolean }[] = [];
  renderWithApp(
    <AnswerForm
      fields={scan}
      initial={initial}
      busy={false}
      onSave={(answers, submit) => saved.push({ answers, submit })}
    />,
  );
  return saved;
}

test('answer form: a draft may be partial, submitting marks the required fields and sends nothing', () => {
  const saved = form();
  const box = screen.getByTestId('answer-form');
  fireEvent.change(within(box).getByLabelText(/Số máy đã quét/), { target: { value: '40' } });
  fireEvent.click(screen.getByTestId('answer-draft'));
  assert.deepEqual(saved, [{ answers: { scanned: 40 }, submit: false }]);
  fireEvent.click(screen.getByTestId('answer-submit'));
  assert.equal(saved.length, 1, 'not sent with a required field empty');
  assert.ok(screen.getByText('Mục này là bắt buộc.'));
});

test('answer form: a complete answer is submitted with numbers as numbers and yes/no as booleans', () => {
  const saved = form({ scanned: 40 });
  fireEvent.change(screen.getByLabelText(/Số máy nhiễm/), { target: { value: '3' } });
  fireEvent.click(screen.getByText('Có'));
  fireEvent.change(screen.getByLabelText(/Phần mềm/), { target: { value: 'BKAV' } });
  fireEvent.click(screen.getByTestId('answer-submit'));
  assert.deepEqual(saved, [
    { answers: { scanned: 40, infected: 3, done: true, tool: 'BKAV' }, submit: true },
  ]);
});

test('answer form: a number below the minimum is refused before sending', () => {
  const saved = form();
  fireEvent.change(screen.getByLabelText(/Số máy đã quét/), { target: { value: '-2' } });
  fireEvent.click(screen.getByTestId('answer-draft'));
  assert.equal(saved.length, 0);
  assert.ok(screen.getByText(/Giá trị phải trong khoảng 0/));
});

test('field builder: adds numbered fields, edits a label, removes a field', () => {
  let fields: RequestField[] = [scan[0]!];
  const view = renderWithApp(<FieldBuilder fields={fields} onChange={(f) => (fields = f)} />);
  fireEvent.click(screen.getByTestId('field-add'));
  assert.equal(fields.length, 2);
  assert.equal(fields[1]?.key, 'f2');
  assert.equal(fields[1]?.type, 'number');
  view.rerender(<FieldBuilder fields={fields} onChange={(f) => (fields = f)} />);
  fireEvent.change(screen.getByTestId('field-1-label'), { target: { value: 'Số máy đã xử lý' } });
  assert.equal(fields[1]?.label, 'Số máy đã xử lý');
  view.rerender(<FieldBuilder fields={fields} onChange={(f) => (fields = f)} />);
  fireEvent.click(screen.getAllByLabelText('Xoá mục')[0]!);
  assert.deepEqual(
    fields.map((f) => f.key),
    ['f2'],
  );
  assert.equal(nextFieldKey([{ ...scan[0]!, key: 'f2' }]), 'f3');
});
