import { Type } from '@sinclair/typebox';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Uploads and downloads shared by the module routes (incidents, systems, inspections, budget).

/** The largest spreadsheet an import endpoint accepts (org and systems imports). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * A download's response in the OpenAPI document: the raw bytes, of one of these media types.
 * The body is a Buffer, which Fastify sends as is (no serialiser runs on it).
 */
export function FileDownload(mediaTypes: readonly string[], description = 'The file, as an attachment.') {
  return {
    description,
    content: Object.fromEntries(
      mediaTypes.map((type) => [type, { schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })) }]),
    ),
  };
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** A multipart upload's one file, or a coded error; shared by the module routes. */
export async function uploadedFile(req: FastifyRequest, maxBytes: number, maxLabel: string) {
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } }).catch(() => undefined);
  if (!file) throw new DomainError('request.invalid', { detail: 'multipart field "file" missing' });
  const bytes = await file.toBuffer().catch(() => {
    throw new DomainError('file.too_large', { max: maxLabel });
  });
  return { filename: file.filename, mimetype: file.mimetype, bytes };
}

/**
 * Sends a file as a download, never rendered in the browser: `attachment` with an ASCII fallback
 * name and the exact UTF-8 name (RFC 6266 / RFC 5987 `filename*`), and nosniff so that the
 * browser keeps to the stored type.
 */
export function sendFile(
  reply: FastifyReply,
  file: { filename: string; contentType: string; bytes: Buffer },
) {
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(file.filename)}`,
    )
    .send(file.bytes);
}

/** encodeURIComponent leaves ' ( ) * unescaped; RFC 5987 attr-char does not allow them. */
function encodeRfc5987(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return encodeURIComponent(text.replace(/[\u0000-\u001f\u007f]/g, '')).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
