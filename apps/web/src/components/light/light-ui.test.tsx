import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { MANTINE_CLASSES } from './light-ui.tsx';

// The first paint wears Mantine's CSS classes without Mantine's JavaScript (decision 0033): an
// upgrade of Mantine that renames them would leave the sign-in page unstyled. This test notices.

test("every Mantine class the first paint uses is in the installed Mantine's styles.css", () => {
  const css = readFileSync(createRequire(import.meta.url).resolve('@mantine/core/styles.css'), 'utf8');
  for (const [name, classes] of Object.entries(MANTINE_CLASSES))
    for (const cls of classes.split(' '))
      assert.ok(css.includes(`.${cls}`), `${name}: .${cls} not in styles.css`);
});
