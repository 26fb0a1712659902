import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/** Lists at most this long render every row; longer ones only the rows near the screen. */
export const LONG_LIST = 150;

interface Props<T> {
  items: readonly T[];
  /** The container of the rows (a Mantine Timeline, a Stack…), given the padding that stands for the rows not drawn. */
  frame: (rows: ReactNode, padding: { top: number; bottom: number }) => ReactNode;
  /** One row; `ref` and `index` must reach its root element so that its height is measured. */
  row: (item: T, index: number, measure: ((el: Element | null) => void) | undefined) => ReactNode;
  /** A first guess of a row's height in px (rows are measured once drawn). */
  estimate: number;
}

/**
 * A list that stays fast at any length (issue 13: "long lists virtualised"): an incident timeline
 * from an alert storm or an indicator list from a shared feed can hold thousands of entries. Short
 * lists render whole, as before; long ones draw the rows in and near the window, scrolled with the
 * page, each row measured once drawn.
 */
export function LongList<T>(props: Props<T>) {
  if (props.items.length <= LONG_LIST)
    return props.frame(
      props.items.map((item, i) => props.row(item, i, undefined)),
      { top: 0, bottom: 0 },
    );
  return <VirtualRows {...props} />;
}

function VirtualRows<T>({ items, frame, row, estimate }: Props<T>) {
  const anchor = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(anchor.current ? anchor.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: offset,
    // React 19 warns of nested updates when rows are measured inside flushSync.
    useFlushSync: false,
  });
  const shown = virtualizer.getVirtualItems();
  const top = shown.length > 0 ? shown[0]!.start - offset : 0;
  const bottom = shown.length > 0 ? virtualizer.getTotalSize() - (shown[shown.length - 1]!.end - offset) : 0;
  return (
    <div ref={anchor} data-long-list={items.length}>
      {frame(
        shown.map((v) => row(items[v.index]!, v.index, virtualizer.measureElement)),
        { top, bottom: Math.max(0, bottom) },
      )}
    </div>
  );
}
