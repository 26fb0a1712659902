import type { ChangeEvent } from '@ungcuu/core/events/change-bus.ts';

/**
 * A Server-Sent Events client over a real socket for tests: change events in order, and whether
 * the server ended the stream.
 */
export class EventStream {
  private readonly queue: ChangeEvent[] = [];
  private waiter: ((e: ChangeEvent) => void) | null = null;
  /** Resolves when the server closes the stream (not when the test aborts it). */
  readonly ended: Promise<void>;
  private markEnded: () => void = () => {};
  isEnded = false;

  private constructor(
    readonly status: number,
    private readonly abort: AbortController,
  ) {
    this.ended = new Promise((resolve) => {
      this.markEnded = () => {
        this.isEnded = true;
        resolve();
      };
    });
  }

  static async open(baseUrl: string, headers: Record<string, string>): Promise<EventStream> {
    const abort = new AbortController();
    const res = await fetch(`${baseUrl}/api/events`, { headers, signal: abort.signal });
    const stream = new EventStream(res.status, abort);
    if (res.ok && res.body) void stream.pump(res.body);
    else abort.abort();
    return stream;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          this.markEnded();
          return;
        }
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (!block.includes('event: change') || !data) continue;
          const event = JSON.parse(data.slice('data: '.length)) as ChangeEvent;
          if (this.waiter) {
            this.waiter(event);
            this.waiter = null;
          } else this.queue.push(event);
        }
      }
    } catch {
      // aborted when the test ends
    }
  }

  next(timeoutMs = 15_000): Promise<ChangeEvent> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within the time allowed')), timeoutMs);
      this.waiter = (e) => {
        clearTimeout(timer);
        resolve(e);
      };
    });
  }

  /** Resolves once the server has ended the stream; fails after the time allowed. */
  async endedWithin(timeoutMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the stream was not ended')), timeoutMs);
    });
    try {
      await Promise.race([this.ended, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.abort.abort();
  }
}
