import { parentPort } from 'node:worker_threads';
import { DomainError } from '@ungcuu/domain/errors.ts';
import { readCells, type TabularFormat } from './tabular-reader.ts';

// Worker thread entry: reads import files one at a time and posts the cells or a coded error
// back. Parsing runs here so that the server's event loop (and /healthz) keeps answering.
parentPort?.on('message', async ({ bytes, format }: { bytes: Uint8Array; format: TabularFormat }) => {
  try {
    const cells = await readCells(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format);
    parentPort?.postMessage({ cells });
  } catch (error) {
    parentPort?.postMessage({
      error:
        error instanceof DomainError
          ? { code: error.code, params: error.params }
          : // Never a parser's internal message ("Cannot read properties of undefined").
            { code: 'import.bad_file', params: { detail: 'unreadable file' } },
    });
  }
});
