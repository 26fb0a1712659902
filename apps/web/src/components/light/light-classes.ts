import type { CSSProperties } from 'react';

// Mantine's class names and theme variables for the first paint's plain elements (decision 0033).

export type Vars = CSSProperties & Record<`--${string}`, string>;

export const MANTINE_CLASSES = {
  stack: 'm_6d731127',
  group: 'm_4081bf90',
  text: 'm_b6d8b162',
  title: 'm_8a5d1357',
  anchor: 'm_849cf0da',
  paper: 'm_1b7284a3',
  container: 'm_7485cace',
  visuallyHidden: 'm_515a97f8',
  inputRoot: 'm_46b77525',
  inputLabel: 'm_8fdc1311',
  inputRequired: 'm_78a94662',
  inputDescription: 'm_fe47ce59',
  inputError: 'm_8f816625',
  inputWrapper: 'm_6c018570',
  input: 'm_8fb7ebe7',
  inputSection: 'm_82577fc2',
  passwordRoot: 'm_f61ca620',
  passwordInput: 'm_ccf8da4c',
  passwordInner: 'm_f2d85dd2',
  passwordToggle: 'm_b1072d44',
  actionIcon: 'm_8d3f4000',
  actionIconIcon: 'm_8d3afb97',
  unstyledButton: 'm_87cf2631',
  button: 'm_77c9d27d',
  buttonInner: 'm_80f1301b',
  buttonLabel: 'm_811560b9',
  buttonSection: 'm_a74036a',
  buttonLoader: 'm_a25b86ee',
  loader: 'm_5ae2e3c',
  ovalLoader: 'm_b34414df',
  alert: 'm_66836ed3',
  alertWrapper: 'm_a5d60502',
  alertBody: 'm_667c2793',
  alertTitle: 'm_6a03f287',
  alertLabel: 'm_698f4f23',
  alertMessage: 'm_7fa78076',
  fieldset: 'm_eda993d3 m_e9408a47',
  legend: 'm_74ca27fe m_90794832',
  themeIcon: 'm_7341320d',
  segmented: 'm_cf365364',
  segmentedIndicator: 'm_9e182ccd',
  floatingIndicator: 'm_96b553a6',
  segmentedControl: 'm_69686b9b',
  segmentedInput: 'm_1714d588',
  segmentedLabel: 'm_1738fcb2',
  segmentedInnerLabel: 'm_78882f40',
} as const;
export const C = MANTINE_CLASSES;

export const space = (size: string) => `var(--mantine-spacing-${size})`;
export const fontSize = (size: string) => `var(--mantine-font-size-${size})`;
