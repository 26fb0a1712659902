import type { DocModel } from '@ungcuu/domain/documents/document-model.ts';
import type { DocFormat } from '@ungcuu/domain/documents/documents-api.ts';

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
  // Loaded on the first document asked for: pdfkit and docx cost ~40 MB RSS (issue 13).
  return format === 'pdf'
    ? {
        filename: `${baseName}.pdf`,
        contentType: PDF_TYPE,
        bytes: await (await import('./render-pdf.ts')).renderPdf(model),
      }
    : {
        filename: `${baseName}.docx`,
        contentType: DOCX_TYPE,
        bytes: await (await import('./render-docx.ts')).renderDocx(model),
      };
}
