// A browser-like global environment (window, document, matchMedia...) for component tests under
// node's test runner. Imported first by render.tsx, so it is in place before React DOM and
// Testing Library look for `document` while they load. See docs/decisions/0012-web-component-tests.md.
import { GlobalRegistrator } from '@happy-dom/global-registrator';

if (typeof document === 'undefined') {
  GlobalRegistrator.register({ url: 'http://localhost/', width: 1280, height: 800 });
}

// Mantine's transitions wait for animation frames; React act() needs to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom has no `document.fonts`; Mantine's autosizing textarea listens on it for font loads.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: Object.assign(new EventTarget(), { ready: Promise.resolve(), status: 'loaded' }),
  });
}
