import type { DocModel } from '@ungcuu/domain/documents/document-model.ts';
import type { DocFormat } from '@ungcuu/domain/documents/documents-api.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

export interface RenderedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** One model, either engine: the file as sent to the browser. */
export async function renderDocument(
  model: DocModel,
  format: DocFormat,
  baseName: string,
): Promise<RenderedFile> {
  return format === 'pdf'
    ? { filename: `${baseName}.pdf`, contentType: PDF_TYPE, bytes: await renderPdf(model) }
    : { filename: `${baseName}.docx`, contentType: DOCX_TYPE, bytes: await renderDocx(model) };
}
