import { describe, expect, it } from 'vitest'
import { checkPdf, MAX_PDF_BYTES } from '@/server/uploads/check-pdf'
import { MINIMAL_PDF, pdfBytes } from '../helpers/pdf'

const bytes = (s: string, pad = 0) => {
  const head = new TextEncoder().encode(s)
  const out = new Uint8Array(head.length + pad)
  out.set(head)
  return out
}
const NOT_A_PDF = { ok: false, message: 'The selected file must be a PDF' }

describe('checkPdf', () => {
  it('accepts a document a PDF library can read, with at least one page', async () => {
    expect(await checkPdf(bytes(MINIMAL_PDF))).toEqual({ ok: true })
    expect(await checkPdf(pdfBytes(64 * 1024))).toEqual({ ok: true })
  })

  it('refuses a Windows executable with "%PDF-" further in, and a PDF header before anything but a PDF', async () => {
    const exe = new Uint8Array(0x4e + MINIMAL_PDF.length)
    exe.set(bytes('MZ'))
    exe.set(bytes(MINIMAL_PDF), 0x4e)
    expect(await checkPdf(exe)).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes(`\r\n${MINIMAL_PDF}`))).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes('%PDF-1.4\n% only a header\n%%EOF\n'))).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes('%PDF-1.7\n', 4096))).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes(MINIMAL_PDF.replace('/Kids [3 0 R] /Count 1', '/Kids [] /Count 0')))).toEqual(
      NOT_A_PDF,
    )
  })

  it('refuses other content whatever the file is called', async () => {
    expect(await checkPdf(bytes('<html><body>%PDF-</body>'.padStart(2000, ' ')))).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes('PK\u0003\u0004 a zip'))).toEqual(NOT_A_PDF)
    expect(await checkPdf(bytes('%PDF'))).toEqual(NOT_A_PDF)
  })

  it('refuses empty files and files over 5 MB', async () => {
    expect(await checkPdf(new Uint8Array(0))).toEqual({ ok: false, message: 'The selected file is empty' })
    expect(await checkPdf(pdfBytes(MAX_PDF_BYTES))).toEqual({ ok: true })
    expect(await checkPdf(pdfBytes(MAX_PDF_BYTES + 1))).toMatchObject({ ok: false, message: /5 MB/ })
  })
})
