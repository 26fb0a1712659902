import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm, official look: deep navy as the primary colour, system fonts that carry Vietnamese diacritics.
const navy: MantineColorsTuple = [
  '#eef3fb',
  '#dbe4f3',
  '#b3c6e6',
  '#88a6da',
  '#648bcf',
  '#4e7ac9',
  '#4271c7',
  '#2f5aa6',
  '#254d91',
  '#1a3f7c',
];

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: { light: 8, dark: 5 },
  colors: { navy },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  components: {
    // Upper-case Vietnamese with diacritics is hard to read: badges keep the text as written.
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});
