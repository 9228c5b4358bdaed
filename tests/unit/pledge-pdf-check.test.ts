import { describe, expect, it } from 'vitest'
import { checkPdf, MAX_PDF_BYTES } from '@/server/uploads/check-pdf'

const bytes = (s: string, pad = 0) => {
  const head = new TextEncoder().encode(s)
  const out = new Uint8Array(head.length + pad)
  out.set(head)
  return out
}

describe('checkPdf', () => {
  it('accepts a PDF by its header, even after a few leading bytes', () => {
    expect(checkPdf(bytes('%PDF-1.7\n'))).toEqual({ ok: true })
    expect(checkPdf(bytes('\r\n%PDF-1.4'))).toEqual({ ok: true })
  })

  it('refuses other content whatever the file is called', () => {
    expect(checkPdf(bytes('<html><body>%PDF-</body>'.padStart(2000, ' ')))).toMatchObject({ ok: false })
    expect(checkPdf(bytes('PK\u0003\u0004 a zip'))).toEqual({
      ok: false,
      message: 'The selected file must be a PDF',
    })
    expect(checkPdf(bytes('%PDF'))).toMatchObject({ ok: false })
  })

  it('refuses empty files and files over 5 MB', () => {
    expect(checkPdf(new Uint8Array(0))).toEqual({ ok: false, message: 'The selected file is empty' })
    expect(checkPdf(bytes('%PDF-1.7', MAX_PDF_BYTES - 8))).toEqual({ ok: true })
    expect(checkPdf(bytes('%PDF-1.7', MAX_PDF_BYTES - 7))).toMatchObject({ ok: false, message: /5 MB/ })
  })
})
