import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import {
  checkPdf,
  MAX_PDF_BYTES,
  TOO_COMPLEX_MESSAGE,
  TOO_MANY_PAGES_MESSAGE,
} from '@/server/uploads/check-pdf'
import { MINIMAL_PDF, pdfBytes } from '../helpers/pdf'
import { crossReferenceBomb, objectStreamBomb, pageTreeBomb, pdfOf } from '../helpers/pdf-bomb'

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

describe('checkPdf against documents built to exhaust the server', () => {
  const peakRssMb = () => process.resourceUsage().maxRSS / 1024

  it('refuses a 27 KB PDF whose object stream inflates to 2 GiB, and never holds more than a little of it', async () => {
    const bomb = objectStreamBomb(2 * 1024 ** 3)
    expect(bomb.byteLength).toBeLessThan(64 * 1024)
    const before = peakRssMb()
    expect(await checkPdf(bomb)).toEqual({ ok: false, message: TOO_COMPLEX_MESSAGE })
    expect(peakRssMb() - before).toBeLessThan(200)
  })

  it('reads an object stream of ordinary size, as PDF 1.5 writers make them', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    const saved = await doc.save({ useObjectStreams: true })
    expect(new TextDecoder().decode(saved)).toContain('/ObjStm')
    expect(await checkPdf(saved)).toEqual({ ok: true })
  })

  it('refuses a cross-reference stream declaring a billion objects, or fields too wide to be numbers', async () => {
    expect(await checkPdf(crossReferenceBomb(1e9))).toEqual({ ok: false, message: TOO_COMPLEX_MESSAGE })
    const wide = new TextDecoder('latin1')
      .decode(crossReferenceBomb(4))
      .replace('/W [1 2 1]', '/W [1 1000000000 1]')
    expect(await checkPdf(Uint8Array.from(wide, (c) => c.charCodeAt(0)))).toEqual({
      ok: false,
      message: TOO_COMPLEX_MESSAGE,
    })
  })

  it('refuses a page tree of 2^40 pages made of 40 objects, and one that lists itself', async () => {
    expect(await checkPdf(pageTreeBomb(40))).toEqual({ ok: false, message: TOO_MANY_PAGES_MESSAGE })
    const loop = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ])
    expect(await checkPdf(loop)).toMatchObject({ ok: false })
    expect(await checkPdf(pageTreeBomb(3))).toEqual({ ok: true })
  })

  it('refuses a document of more than 1,000 real pages, with the number in the message', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 1001; i++) doc.addPage([100, 100])
    expect(TOO_MANY_PAGES_MESSAGE).toContain('1,000 pages')
    expect(await checkPdf(await doc.save())).toEqual({ ok: false, message: TOO_MANY_PAGES_MESSAGE })
    doc.removePage(1000)
    expect(await checkPdf(await doc.save())).toEqual({ ok: true })
  })
})
