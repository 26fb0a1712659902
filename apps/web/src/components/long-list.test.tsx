import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { act, renderWithApp, screen } from '../test/render.tsx';
import { LONG_LIST, LongList } from './long-list.tsx';

// jsdom lays nothing out: rows are given a height of 40 px and the window 800 px, as a browser
// would measure them, so the virtualiser's arithmetic is what is tested.
const realHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
afterEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', realHeight);
});
/** Rows (elements with data-index) measure `height` px, as a browser would lay them out. */
function rowsMeasureAt(height: number) {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.index !== undefined ? height : 0;
    },
  });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
}

function list(n: number) {
  const items = Array.from({ length: n }, (_, i) => `Mục số ${i + 1}`);
  return (
    <LongList
      items={items}
      estimate={40}
      frame={(rows, padding) => (
        <div data-testid="frame" style={{ paddingTop: padding.top, paddingBottom: padding.bottom }}>
          {rows}
        </div>
      )}
      row={(item, index, measure) => (
        <div key={item} ref={measure} data-index={index} data-testid="row">
          {item}
        </div>
      )}
    />
  );
}

test('a short list renders every row', () => {
  rowsMeasureAt(40);
  renderWithApp(list(LONG_LIST));
  assert.equal(screen.getAllByTestId('row').length, LONG_LIST);
});

test('a list of 5,000 rows draws only those near the window, with padding for the rest', async () => {
  rowsMeasureAt(40);
  renderWithApp(list(5000));
  const rows = await screen.findAllByTestId('row');
  assert.ok(rows.length > 10 && rows.length < 60, `rows drawn: ${rows.length}`);
  assert.equal(rows[0]!.textContent, 'Mục số 1');
  const frame = screen.getByTestId('frame');
  assert.equal(frame.style.paddingTop, '0px');
  assert.ok(Number.parseInt(frame.style.paddingBottom, 10) > 100_000, frame.style.paddingBottom);
});

test('scrolling the page draws the rows that come into view', async () => {
  rowsMeasureAt(40);
  renderWithApp(list(5000));
  await screen.findAllByTestId('row');
  await act(async () => {
    Object.defineProperty(window, 'scrollY', { value: 40 * 2500, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 50));
  });
  const texts = screen.getAllByTestId('row').map((r) => r.textContent);
  assert.ok(texts.includes('Mục số 2501'), texts.slice(0, 3).join(', '));
  assert.ok(!texts.includes('Mục số 1'));
});
