import { PDFDocument } from 'pdf-lib'

export const MAX_PDF_BYTES = 5 * 1024 * 1024

export const TOO_LARGE_MESSAGE = 'The selected file must be smaller than 5 MB'

const NOT_A_PDF = 'The selected file must be a PDF'

export type PdfCheck = { ok: true } | { ok: false; message: string }

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

/**
 * Whether bytes are a PDF of acceptable size, judged by content, never by the file's name or stated type:
 * "%PDF-" at the very first byte (a file that starts as something else, such as a Windows executable with
 * "%PDF-" further in, is that something else to other programs), then a real parse with at least one page.
 */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.byteLength > MAX_PDF_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE }
  if (!MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: NOT_A_PDF }
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    })
    if (doc.getPageCount() < 1) return { ok: false, message: NOT_A_PDF }
  } catch {
    return { ok: false, message: NOT_A_PDF }
  }
  return { ok: true }
}
