import '../test/dom.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { MantineProvider } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import { theme } from './theme.ts';

// theme-vars.css carries the theme's CSS variables for the first paint (decision 0033); it must
// say what MantineProvider writes from app/theme.ts, or the sign-in page would drift from the app.

const normalise = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

test('theme-vars.css holds the variables MantineProvider writes for the app theme', () => {
  render(<MantineProvider theme={theme} defaultColorScheme="light" />);
  const written = document.querySelector('style[data-mantine-styles="true"]')?.textContent ?? '';
  cleanup();
  assert.ok(written.length > 1000, 'MantineProvider wrote its variables');
  const file = readFileSync(new URL('./theme-vars.css', import.meta.url), 'utf8');
  assert.equal(normalise(file), normalise(written), 'regenerate theme-vars.css from the running app');
});
