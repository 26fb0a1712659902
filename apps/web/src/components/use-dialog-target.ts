import { useCallback, useState } from 'react';

/**
 * What a dialog is open for ('new' or a record). `last` outlives closing, so the title and
 * content do not change while the dialog fades out.
 */
export function useDialogTarget<T>() {
  const [state, setState] = useState<{ open: boolean; last: T | 'new' }>({ open: false, last: 'new' });
  const open = useCallback((target: T | 'new') => setState({ open: true, last: target }), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { opened: state.open, target: state.open ? state.last : null, last: state.last, open, close };
}
