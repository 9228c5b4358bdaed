import { describe, expect, it } from 'vitest'
import {
  checkDocument,
  CSV_ENCODING_MESSAGE,
  DOCUMENT_KINDS_MESSAGE,
  DOCUMENT_TOO_LARGE_MESSAGE,
  MACROS_MESSAGE,
  MAX_DOCUMENT_BYTES,
  XLSX_LIMITS,
  XLSX_TOO_COMPLEX_MESSAGE,
} from '@/server/uploads/check-document'
import { TOO_LARGE_MESSAGE } from '@/server/uploads/check-pdf'
import { MINIMAL_PDF, pdfBytes } from '../helpers/pdf'
import { workbookEntries, xlsxBytes, zip } from '../helpers/zip'

const utf8 = (s: string) => new TextEncoder().encode(s)
const refused = (message: string) => ({ ok: false, message })
const PDF = { ok: true, contentType: 'application/pdf', extension: 'pdf' }
const XLSX = {
  ok: true,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
}
const CSV = { ok: true, contentType: 'text/csv', extension: 'csv' }

describe('checkDocument', () => {
  it('accepts a PDF, an Excel workbook and a CSV file, whatever they are called', async () => {
    expect(await checkDocument(pdfBytes(), 'mandate.pdf')).toEqual(PDF)
    expect(await checkDocument(xlsxBytes(), 'inventory.xlsx')).toEqual(XLSX)
    expect(await checkDocument(xlsxBytes(), 'inventory.csv')).toEqual(XLSX)
    const csv = utf8('Sector,Tonnes\r\n"Buildings, public",1200\r\nTransport,\t800\n')
    expect(await checkDocument(csv, 'inventory.csv')).toEqual(CSV)
    expect(await checkDocument(csv, 'inventory.pdf')).toEqual(CSV)
    expect(await checkDocument(utf8('\uFEFFSecteur,Émissions\nBâtiments,1200\n'))).toEqual(CSV)
  })

  it('refuses a Windows executable renamed .pdf', async () => {
    const exe = new Uint8Array(4096)
    exe.set(utf8('MZ'))
    exe.set(utf8('This program cannot be run in DOS mode.'), 0x4e)
    exe.set(utf8(MINIMAL_PDF), 0x200)
    expect(await checkDocument(exe, 'mandate.pdf')).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
  })

  it('keeps the PDF check and its 5 MB limit for PDFs', async () => {
    expect(await checkDocument(pdfBytes(6 * 1024 * 1024))).toEqual(refused(TOO_LARGE_MESSAGE))
    expect(await checkDocument(utf8('%PDF-1.7\n%%EOF\n'))).toEqual(refused('The selected file must be a PDF'))
  })

  it('refuses macro-enabled workbooks and Word documents with macros', async () => {
    expect(await checkDocument(xlsxBytes({ macros: true }), 'budget.xlsm')).toEqual(refused(MACROS_MESSAGE))
    const withoutBin = workbookEntries({ macros: true }).filter((e) => !e.name.endsWith('.bin'))
    expect(await checkDocument(zip(withoutBin))).toEqual(refused(MACROS_MESSAGE))
    const docm = zip([
      {
        name: '[Content_Types].xml',
        data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      },
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/vbaProject.bin', data: new Uint8Array(256) },
    ])
    expect(await checkDocument(docm, 'letter.docm')).toEqual(refused(MACROS_MESSAGE))
  })

  it('refuses a ZIP of other things, a Word document and a workbook without its parts', async () => {
    const photos = zip([
      { name: 'photo.jpg', data: new Uint8Array(2048).fill(0xff) },
      { name: 'notes.txt', data: 'hello' },
    ])
    expect(await checkDocument(photos, 'inventory.xlsx')).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    const docx = zip([
      {
        name: '[Content_Types].xml',
        data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      { name: 'word/document.xml', data: '<w:document/>' },
    ])
    expect(await checkDocument(docx, 'inventory.xlsx')).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    const noWorkbook = workbookEntries().filter((e) => e.name !== 'xl/workbook.xml')
    expect(await checkDocument(zip(noWorkbook))).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    const truncated = xlsxBytes().slice(0, 200)
    expect(await checkDocument(truncated)).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
  })

  it('refuses zip bombs from the central directory, before inflating: many entries, huge declared sizes, a lie', async () => {
    const many = zip([
      ...workbookEntries(),
      ...Array.from({ length: XLSX_LIMITS.entries }, (_, i) => ({ name: `xl/media/${i}.bin`, data: '' })),
    ])
    expect(await checkDocument(many)).toEqual(refused(XLSX_TOO_COMPLEX_MESSAGE))
    const huge = zip([
      ...workbookEntries(),
      { name: 'xl/worksheets/sheet2.xml', data: 'x', declaredSize: 0xfffffff0 },
    ])
    expect(await checkDocument(huge)).toEqual(refused(XLSX_TOO_COMPLEX_MESSAGE))
    // [Content_Types].xml that inflates past what it declares (a small declared size hides a large entry).
    const entries = workbookEntries()
    const types = entries[0]!
    const lying = zip([
      { ...types, data: `${types.data as string}${' '.repeat(1 << 20)}`, declaredSize: 500 },
      ...entries.slice(1),
    ])
    expect(await checkDocument(lying)).toEqual(refused(XLSX_TOO_COMPLEX_MESSAGE))
  })

  it('refuses CSV text in UTF-16, binary data with commas, and unreadable CSV', async () => {
    const utf16 = new Uint8Array(Buffer.from('\uFEFFSector,Tonnes\r\nBuildings,1200\r\n', 'utf16le'))
    expect(await checkDocument(utf16, 'inventory.csv')).toEqual(refused(CSV_ENCODING_MESSAGE))
    const utf16NoBom = new Uint8Array(Buffer.from('Sector,Tonnes\r\n', 'utf16le'))
    expect(await checkDocument(utf16NoBom, 'inventory.csv')).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    const binary = new Uint8Array(1024).map((_, i) => (i % 3 === 0 ? 0x2c : (i * 37) % 256))
    expect(await checkDocument(binary, 'inventory.csv')).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    expect(await checkDocument(utf8('a,b\n1,\u0007\n'))).toEqual(refused(DOCUMENT_KINDS_MESSAGE))
    expect(await checkDocument(new Uint8Array([0x61, 0x2c, 0xc3, 0x28, 0x0a]))).toEqual(
      refused(DOCUMENT_KINDS_MESSAGE),
    )
    expect(await checkDocument(utf8('a,b\n"unclosed,2\n'))).toEqual(
      refused('The selected CSV file cannot be read: a quoted cell is not closed (line 2)'),
    )
  })

  it('refuses an empty file and a file over 10 MB', { timeout: 30_000 }, async () => {
    expect(await checkDocument(new Uint8Array(0))).toEqual(refused('The selected file is empty'))
    expect(await checkDocument(utf8('\r\n\n'))).toEqual(refused('The selected file is empty'))
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61)
    expect(await checkDocument(big, 'inventory.csv')).toEqual(refused(DOCUMENT_TOO_LARGE_MESSAGE))
    const bigZip = new Uint8Array(MAX_DOCUMENT_BYTES + 1)
    bigZip.set(xlsxBytes())
    expect(await checkDocument(bigZip)).toEqual(refused(DOCUMENT_TOO_LARGE_MESSAGE))
    const justUnder = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61)
    expect(await checkDocument(justUnder)).toEqual(CSV)
  })
})
