/**
 * Group commit in the application (issue 13, decision 0029): items submitted while a group's
 * transaction is in flight wait and are written together by the next one, so that N concurrent
 * requests cost one transaction (one BEGIN, one audit append, one COMMIT and its WAL flush) instead
 * of N. What it promises:
 *  - an item's promise settles only after its group's transaction has finished: a result means
 *    committed (durable), an error means that item is not written;
 *  - each item gets its own result or error: when a group of several fails as a whole, its items
 *    are written again one by one (`writeOne`, a transaction each), in the order submitted, so one
 *    bad item fails only itself;
 *  - items are grouped in the order submitted, and a group's results come back in that order.
 * Nothing is held in memory past a crash that an answer was given for: an item is answered after
 * its COMMIT, so a process killed mid-group loses only items nobody was told were filed.
 */
export interface GroupCommitOptions<I, R> {
  /** Writes the items in one transaction; one result per item, in order. Throws: nothing written. */
  writeGroup(items: readonly I[]): Promise<R[]>;
  /** Writes one item in its own transaction (after its group failed as a whole). */
  writeOne(item: I): Promise<R>;
  /** Most items in one group (a bound on the transaction's size and on the answer's delay). */
  maxGroup: number;
  /** Groups written at the same time (connections used); more requests wait in the queue. */
  maxInFlight: number;
}

export interface GroupCommit<I, R> {
  submit(item: I): Promise<R>;
  /** Items waiting or being written (for tests and metrics). */
  readonly pending: number;
}

interface Waiting<I, R> {
  item: I;
  resolve(result: R): void;
  reject(error: unknown): void;
}

export function createGroupCommit<I, R>(options: GroupCommitOptions<I, R>): GroupCommit<I, R> {
  const queue: Waiting<I, R>[] = [];
  let inFlight = 0;
  let writing = 0;
  let scheduled = false;

  async function write(group: Waiting<I, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await options.writeGroup(group.map((w) => w.item));
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      // The group's transaction rolled back: nothing of it is written. Each item alone, in order.
      for (const w of group) {
        try {
          w.resolve(await options.writeOne(w.item));
        } catch (itemError) {
          w.reject(itemError);
        }
      }
      return;
    }
    if (results.length !== group.length) {
      const error = new Error(`group commit: ${results.length} results for ${group.length} items`);
      for (const w of group) w.reject(error);
      return;
    }
    for (const [i, w] of group.entries()) w.resolve(results[i]!);
  }

  function pump(): void {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const group = queue.splice(0, options.maxGroup);
      inFlight += 1;
      writing += group.length;
      void write(group).finally(() => {
        inFlight -= 1;
        writing -= group.length;
        pump();
      });
    }
  }

  return {
    submit(item: I): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Requests whose bodies were read in the same turn of the event loop go in one group.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            pump();
          });
        }
      });
    },
    get pending() {
      return queue.length + writing;
    },
  };
}
