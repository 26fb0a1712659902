import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/theme-vars.css';
import './app/global.css';
import { startFirstPaint } from './app/first-paint.tsx';
import { PUBLIC_REPORT_PATH } from './features/public-intake/intake-types.ts';

// Two ways in (decision 0033): the sign-in page and the public report form paint with React and
// their own code only (app/first-paint.tsx, imported here so that nothing waits for a second
// request); every other address loads the application. (One `if` per way: the bundler once merged
// an if/else of two dynamic imports into one and preloaded the application for both.)
const path = window.location.pathname;
const firstPaint = path === '/sign-in' || path === PUBLIC_REPORT_PATH;
if (firstPaint) startFirstPaint();
if (!firstPaint) void import('./app/full-app.tsx').then((m) => m.startApp());
