import { PDFDocument, PDFName } from 'pdf-lib'
import { countPages, PDF_LIMITS, PdfLimitError, withinPdfLimits } from './pdf-limits'

export const MAX_PDF_BYTES = 5 * 1024 * 1024

export const TOO_LARGE_MESSAGE = 'The selected file must be smaller than 5 MB'

const NOT_A_PDF = 'The selected file must be a PDF'

export const TOO_COMPLEX_MESSAGE =
  'The selected file is too complex for us to check. Save it again as a PDF (for example with Print to PDF) and upload that'

export const TOO_MANY_PAGES_MESSAGE = `The selected file must have ${PDF_LIMITS.pages.toLocaleString('en-US')} pages or fewer`

export type PdfCheck = { ok: true } | { ok: false; message: string }

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

/**
 * Whether bytes are a PDF of acceptable size, judged by content, never by the file's name or stated type:
 * "%PDF-" at the very first byte (a file that starts as something else, such as a Windows executable with
 * "%PDF-" further in, is that something else to other programs), then a real parse with at least one page,
 * within PDF_LIMITS (decompressed bytes, objects, pages): a small file that inflates to gigabytes is refused
 * before it takes the memory.
 */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.byteLength > MAX_PDF_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE }
  if (!MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: NOT_A_PDF }
  try {
    const pages = await withinPdfLimits(async () => {
      const doc = await PDFDocument.load(bytes, {
        ignoreEncryption: true,
        throwOnInvalidObject: true,
        updateMetadata: false,
      })
      if (doc.context.enumerateIndirectObjects().length > PDF_LIMITS.objects)
        throw new PdfLimitError('objects')
      return countPages(doc.context, doc.catalog?.get(PDFName.of('Pages')))
    })
    if (pages < 1) return { ok: false, message: NOT_A_PDF }
  } catch (e) {
    if (e instanceof PdfLimitError)
      return { ok: false, message: e.limit === 'pages' ? TOO_MANY_PAGES_MESSAGE : TOO_COMPLEX_MESSAGE }
    return { ok: false, message: NOT_A_PDF }
  }
  return { ok: true }
}
