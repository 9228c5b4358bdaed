// Hostile PDFs that are small on disk and huge once read: what the upload check must refuse cheaply.
import { deflateSync } from 'node:zlib'

const encode = (s: string) => new TextEncoder().encode(s)

/**
 * A zlib stream that inflates to `size` zero bytes, written by hand (fixed Huffman codes: one literal 0,
 * then "repeat 258 bytes at distance 1" in 13 bits each), so making it never holds `size` bytes.
 */
export function zlibOfZeros(size: number): Uint8Array {
  const repeats = Math.floor((size - 1) / 258)
  const out = new Uint8Array(16 + Math.ceil((repeats * 13 + 258 * 8) / 8))
  out[0] = 0x78 // zlib header: deflate, 32K window, no dictionary
  out[1] = 0x01
  let at = 2
  let bits = 0
  let count = 0
  const put = (value: number, length: number) => {
    bits |= value << count
    count += length
    while (count >= 8) {
      out[at++] = bits & 0xff
      bits >>>= 8
      count -= 8
    }
  }
  // Huffman codes go most significant bit first, into a stream filled from the least significant bit.
  const code = (value: number, length: number) => {
    let reversed = 0
    for (let i = 0; i < length; i++) reversed |= ((value >> i) & 1) << (length - 1 - i)
    put(reversed, length)
  }
  put(1, 1) // last block
  put(1, 2) // fixed Huffman codes
  code(0b00110000, 8) // literal 0
  for (let i = 0; i < repeats; i++) {
    code(0b11000101, 8) // length 258
    code(0, 5) // distance 1
  }
  for (let rest = size - 1 - repeats * 258; rest > 0; rest--) code(0b00110000, 8)
  code(0, 7) // end of block
  if (count > 0) put(0, 8 - count)
  const adler = (((size % 65521) << 16) | 1) >>> 0
  out.set([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], at)
  return out.subarray(0, at + 4)
}

/** A PDF file from its objects (numbered from 1), with a cross-reference table and the catalog as root. */
export function pdfOf(objects: (string | Uint8Array)[], trailer = '/Root 1 0 R'): Uint8Array {
  const header = encode('%PDF-1.7\n')
  const parts: Uint8Array[] = [header]
  const offsets: number[] = []
  let length = header.length
  objects.forEach((body, i) => {
    offsets.push(length)
    const chunks = [
      encode(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? encode(body) : body,
      encode('\nendobj\n'),
    ]
    for (const c of chunks) {
      parts.push(c)
      length += c.length
    }
  })
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer << /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`
  parts.push(encode(xref))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const stream = (dict: string, data: Uint8Array) => {
  const head = encode(`<< ${dict} /Length ${data.length} >>\nstream\n`)
  const tail = encode('\nendstream')
  const out = new Uint8Array(head.length + data.length + tail.length)
  out.set(head)
  out.set(data, head.length)
  out.set(tail, head.length + data.length)
  return out
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>'
const PAGES = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'

/**
 * A one-page PDF with an object stream (which PDF readers, pdf-lib among them, inflate on opening) that
 * inflates to `size` bytes through two FlateDecode filters: a few kilobytes on disk.
 */
export function objectStreamBomb(size: number): Uint8Array {
  const twice = deflateSync(zlibOfZeros(size), { level: 9 })
  return pdfOf([
    CATALOG,
    PAGES,
    PAGE,
    stream('/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]', twice),
  ])
}

/** A one-page PDF with a cross-reference stream that declares `entries` objects in a few bytes. */
export function crossReferenceBomb(entries: number): Uint8Array {
  return pdfOf([
    CATALOG,
    PAGES,
    PAGE,
    stream(`/Type /XRef /Size ${entries} /W [1 2 1] /Root 1 0 R`, new Uint8Array(8)),
  ])
}

/** A PDF whose page tree lists the same child twice at each of `depth` levels: 2^depth pages. */
export function pageTreeBomb(depth: number): Uint8Array {
  // Object 1 is the catalog, 2 to depth + 1 the tree's nodes, depth + 2 the one page.
  const nodes = Array.from(
    { length: depth },
    (_, i) => `<< /Type /Pages /Kids [${i + 3} 0 R ${i + 3} 0 R] /Count ${2 ** (depth - i)} >>`,
  )
  return pdfOf([CATALOG, ...nodes, PAGE.replace('2 0 R', `${depth + 1} 0 R`)])
}
