export const MAX_PDF_BYTES = 5 * 1024 * 1024

export const TOO_LARGE_MESSAGE = 'The selected file must be smaller than 5 MB'

export type PdfCheck = { ok: true } | { ok: false; message: string }

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

/** Whether bytes are a PDF of acceptable size, judged by content, never by the file's name or stated type. */
export function checkPdf(bytes: Uint8Array): PdfCheck {
  if (bytes.byteLength === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.byteLength > MAX_PDF_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE }
  // Some writers put a few bytes before the header; the PDF spec tolerates up to 1024.
  const head = bytes.subarray(0, 1024)
  for (let i = 0; i + MAGIC.length <= head.length; i++) {
    if (MAGIC.every((b, j) => head[i + j] === b)) return { ok: true }
  }
  return { ok: false, message: 'The selected file must be a PDF' }
}
