import { inflateRawSync } from 'node:zlib'
import { fromBuffer, type Entry, type ZipFile } from 'yauzl'
import { parseCsv } from '@/lib/parse-csv'
import { checkPdf } from './check-pdf'

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

export const DOCUMENT_KINDS_MESSAGE =
  'The selected file must be a PDF, an Excel workbook (.xlsx) or a CSV file'

export const DOCUMENT_TOO_LARGE_MESSAGE = 'The selected file must be smaller than 10 MB'

export const MACROS_MESSAGE =
  'The selected workbook contains macros. Save it as an Excel workbook (.xlsx) without macros and upload that'

export const XLSX_TOO_COMPLEX_MESSAGE =
  'The selected workbook is too complex for us to check. Save a copy with fewer sheets or as a CSV file and upload that'

export const CSV_ENCODING_MESSAGE =
  'The selected CSV file must be saved as UTF-8. Save it again as “CSV UTF-8” and upload that'

/** Bounds on a workbook's ZIP, checked from its central directory before any entry is inflated. */
export const XLSX_LIMITS = {
  /** Entries in the archive (a large real workbook has a few hundred: sheets, styles, drawings, rels). */
  entries: 2_000,
  /** The sum of the entries' declared uncompressed sizes. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** `[Content_Types].xml`, the only entry inflated here. */
  contentTypesBytes: 256 * 1024,
} as const

export type DocumentKind = { contentType: string; extension: 'pdf' | 'xlsx' | 'csv' }

export type DocumentCheck = ({ ok: true } & DocumentKind) | { ok: false; message: string }

export const DOCUMENT_TYPES = {
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  csv: { contentType: 'text/csv', extension: 'csv' },
} as const satisfies Record<string, DocumentKind>

const SPREADSHEET_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] // "PK\x03\x04", a local file header first
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)
const refuse = (message: string): DocumentCheck => ({ ok: false, message })

/**
 * What document bytes are, judged by their content only (the file's name and stated type are the sender's
 * claim, so `_filename` is not read): a PDF (checkPdf, with its own 5 MB limit), an Excel workbook without
 * macros, or a UTF-8 CSV file; anything else is refused with a message for the form field.
 */
export async function checkDocument(bytes: Uint8Array, _filename?: string): Promise<DocumentCheck> {
  if (bytes.byteLength === 0) return refuse('The selected file is empty')
  if (startsWith(bytes, PDF_MAGIC)) {
    const pdf = await checkPdf(bytes)
    return pdf.ok ? { ok: true, ...DOCUMENT_TYPES.pdf } : pdf
  }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return refuse(DOCUMENT_TOO_LARGE_MESSAGE)
  if (startsWith(bytes, ZIP_MAGIC)) return checkXlsx(bytes)
  return checkCsv(bytes)
}

class ZipRefusal extends Error {}

/**
 * An Office Open XML spreadsheet: a ZIP (read by yauzl, which validates the central directory and refuses
 * an entry that inflates past its declared size) whose entries are counted and whose declared sizes are
 * summed before anything is inflated, holding `xl/workbook.xml` and no VBA project, and whose
 * `[Content_Types].xml` (the one entry inflated, bounded) names the workbook as a macro-free spreadsheet.
 */
async function checkXlsx(bytes: Uint8Array): Promise<DocumentCheck> {
  let zip: ZipFile | undefined
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    if (zip.entryCount > XLSX_LIMITS.entries) return refuse(XLSX_TOO_COMPLEX_MESSAGE)
    const entries = await listEntries(zip)
    const names = new Set(entries.map((e) => e.fileName))
    if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.fileName))) return refuse(MACROS_MESSAGE)
    const contentTypes = entries.find((e) => e.fileName === '[Content_Types].xml')
    if (!contentTypes || !names.has('xl/workbook.xml')) return refuse(DOCUMENT_KINDS_MESSAGE)
    if (contentTypes.uncompressedSize > XLSX_LIMITS.contentTypesBytes) return refuse(XLSX_TOO_COMPLEX_MESSAGE)
    const types = (await readEntry(zip, contentTypes, XLSX_LIMITS.contentTypesBytes)).toString('utf8')
    if (/macroEnabled/i.test(types)) return refuse(MACROS_MESSAGE)
    if (!types.includes(SPREADSHEET_MAIN)) return refuse(DOCUMENT_KINDS_MESSAGE)
    return { ok: true, ...DOCUMENT_TYPES.xlsx }
  } catch (e) {
    return refuse(e instanceof ZipRefusal ? e.message : DOCUMENT_KINDS_MESSAGE)
  } finally {
    zip?.close()
  }
}

const openZip = (buffer: Buffer) =>
  new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  )

/** The central directory's entries, refused as soon as they pass the bounds (nothing is inflated). */
function listEntries(zip: ZipFile) {
  return new Promise<Entry[]>((resolve, reject) => {
    const entries: Entry[] = []
    let declared = 0
    zip.on('error', reject)
    zip.on('end', () => resolve(entries))
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize
      entries.push(entry)
      if (entries.length > XLSX_LIMITS.entries || declared > XLSX_LIMITS.uncompressedBytes)
        return reject(new ZipRefusal(XLSX_TOO_COMPLEX_MESSAGE))
      if (entry.isEncrypted()) return reject(new ZipRefusal(DOCUMENT_KINDS_MESSAGE))
      zip.readEntry()
    })
    zip.readEntry()
  })
}

/**
 * One entry's bytes, inflated here with zlib's output bound (yauzl's own size check on an inflating stream
 * can stall instead of failing on current Node, so the entry is read compressed and inflated in one call).
 */
async function readEntry(zip: ZipFile, entry: Entry, limit: number) {
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new ZipRefusal(DOCUMENT_KINDS_MESSAGE)
  const raw = await new Promise<Buffer>((resolve, reject) =>
    zip.openReadStream(
      entry,
      { decompress: entry.isCompressed() ? false : null, decrypt: null, start: null, end: null },
      (err, stream) => {
        if (err) return reject(err)
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('error', reject)
        stream.on('end', () => resolve(Buffer.concat(chunks)))
      },
    ),
  )
  if (entry.compressionMethod === 0) {
    if (raw.length > limit) throw new ZipRefusal(XLSX_TOO_COMPLEX_MESSAGE)
    return raw
  }
  try {
    return inflateRawSync(raw, { maxOutputLength: limit })
  } catch (e) {
    throw new ZipRefusal(e instanceof RangeError ? XLSX_TOO_COMPLEX_MESSAGE : DOCUMENT_KINDS_MESSAGE)
  }
}

/**
 * A CSV file: UTF-8 (a UTF-16 file is told to save again as UTF-8), no control characters but tab, CR
 * and LF (so binary data with commas in it is not a CSV), readable by the import's parser, one row at least.
 */
function checkCsv(bytes: Uint8Array): DocumentCheck {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return refuse(CSV_ENCODING_MESSAGE)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(DOCUMENT_KINDS_MESSAGE)
  }
  if (/[^\P{Cc}\t\r\n]/u.test(text)) return refuse(DOCUMENT_KINDS_MESSAGE)
  if (text.replace(/^\uFEFF/, '').trim() === '') return refuse('The selected file is empty')
  const parsed = parseCsv(text)
  if (!parsed.ok)
    return refuse(
      `The selected CSV file cannot be read: ${parsed.message.toLowerCase()} (line ${parsed.line})`,
    )
  return { ok: true, ...DOCUMENT_TYPES.csv }
}
