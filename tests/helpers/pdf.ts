// The smallest real PDF (one blank page), which pdf-lib parses as the upload check does. Tests that need a
// valid mandate document of a given size pad it after %%EOF, where readers ignore whitespace.
export const MINIMAL_PDF =
  '%PDF-1.4\n' +
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n' +
  'trailer << /Root 1 0 R >>\n' +
  '%%EOF\n'

/** A valid one-page PDF of exactly `size` bytes (at least MINIMAL_PDF's length). */
export function pdfBytes(size = MINIMAL_PDF.length): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, MINIMAL_PDF.length)).fill(0x20)
  bytes.set(new TextEncoder().encode(MINIMAL_PDF))
  return bytes
}
