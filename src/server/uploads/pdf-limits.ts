import { AsyncLocalStorage } from 'node:async_hooks'
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib'

/** What one uploaded PDF may cost to read: a 5 MB file could otherwise inflate to gigabytes. */
export const PDF_LIMITS = {
  /** Bytes that decompressing streams may produce, all streams of one document together. */
  inflatedBytes: 32 * 1024 * 1024,
  /** Objects one document may declare (file, object streams and cross-reference streams alike). */
  objects: 100_000,
  /** Distinct pages; a mandate letter or resolution has a few. */
  pages: 1_000,
}

export class PdfLimitError extends Error {
  constructor(readonly limit: keyof typeof PDF_LIMITS) {
    super(`PDF over its ${limit} limit`)
  }
}

type Budget = {
  inflated: number
  objects: number
  grown: WeakMap<object, number>
  exceeded?: keyof typeof PDF_LIMITS
}
const budgets = new AsyncLocalStorage<Budget>()

// pdf-lib catches errors inside its parse and throws its own, so the budget remembers which limit was hit.
const over = (budget: Budget, limit: keyof typeof PDF_LIMITS) => {
  budget.exceeded = limit
  return new PdfLimitError(limit)
}
const chargeInflated = (budget: Budget, bytes: number) => {
  budget.inflated += bytes
  if (budget.inflated > PDF_LIMITS.inflatedBytes) throw over(budget, 'inflatedBytes')
}
const chargeObjects = (budget: Budget, objects: number) => {
  budget.objects += objects
  if (!(budget.objects <= PDF_LIMITS.objects)) throw over(budget, 'objects')
}

/** A declared count; anything but a non-negative number counts as none (pdf-lib's loops then do nothing). */
const declared = (value: PDFObject | undefined) =>
  value instanceof PDFNumber && value.asNumber() > 0 ? value.asNumber() : 0
const count = (dict: PDFDict, key: string) => declared(dict.lookup(PDFName.of(key)))

type Patchable = Record<string, (...args: never[]) => unknown>

/**
 * pdf-lib (1.17, no longer changing) has no limits of its own. While it loads a document it inflates every
 * object stream and cross-reference stream whole, and loops over the counts their dictionaries declare, so
 * these hooks charge the document being checked (found through AsyncLocalStorage) before it allocates:
 * - every decoder (Flate, LZW, RunLength, ASCII85, ASCIIHex) grows its output through DecodeStream's
 *   ensureBuffer, reached from the prototype of a decoder pdf-lib itself builds (the class is not exported);
 * - an object stream's /N and a cross-reference stream's /Size or /Index and /W are checked before parsing.
 * Outside checkPdf (no budget) pdf-lib behaves as shipped.
 */
function installHooks() {
  const flate = decodePDFRawStream(
    // zlib's encoding of nothing: the decoder reads its header when built
    PDFRawStream.of(
      PDFContext.create().obj({ Filter: 'FlateDecode' }),
      Uint8Array.of(0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01),
    ),
  )
  const decodeStream = Object.getPrototypeOf(Object.getPrototypeOf(flate)) as Patchable
  const ensureBuffer = decodeStream.ensureBuffer as (this: object, requested: number) => Uint8Array
  decodeStream.ensureBuffer = function (this: object, requested: number) {
    const budget = budgets.getStore()
    if (budget) {
      const before = budget.grown.get(this) ?? 0
      if (requested > before) {
        chargeInflated(budget, requested - before)
        budget.grown.set(this, requested)
      }
    }
    return ensureBuffer.call(this, requested)
  } as never

  const objectStreams = PDFObjectStreamParser as unknown as Patchable
  const forObjectStream = objectStreams.forStream as (raw: PDFRawStream, ...rest: unknown[]) => unknown
  objectStreams.forStream = ((raw: PDFRawStream, ...rest: unknown[]) => {
    const budget = budgets.getStore()
    if (budget) chargeObjects(budget, count(raw.dict, 'N'))
    return forObjectStream(raw, ...rest)
  }) as never

  const xrefStreams = PDFXRefStreamParser as unknown as Patchable
  const forXrefStream = xrefStreams.forStream as (raw: PDFRawStream) => unknown
  xrefStreams.forStream = ((raw: PDFRawStream) => {
    const budget = budgets.getStore()
    if (budget) {
      const index = raw.dict.lookup(PDFName.of('Index'))
      const widths = raw.dict.lookup(PDFName.of('W'))
      let entries = count(raw.dict, 'Size')
      if (index instanceof PDFArray) {
        entries = 0
        for (let i = 1; i < index.size(); i += 2) entries += declared(index.lookup(i))
      }
      // A field wider than 8 bytes means nothing, and pdf-lib would read it byte by byte for every entry.
      const wide =
        widths instanceof PDFArray &&
        widths.asArray().some((w) => !(w instanceof PDFNumber) || !(w.asNumber() <= 8))
      if (wide) throw over(budget, 'objects')
      chargeObjects(budget, entries)
    }
    return forXrefStream(raw)
  }) as never
}

let installed = false

/** Runs `load` (a pdf-lib parse) within PDF_LIMITS; throws PdfLimitError when the document goes over. */
export async function withinPdfLimits<T>(load: () => Promise<T>): Promise<T> {
  if (!installed) {
    installHooks()
    installed = true
  }
  const budget: Budget = { inflated: 0, objects: 0, grown: new WeakMap() }
  try {
    return await budgets.run(budget, load)
  } catch (e) {
    throw budget.exceeded ? new PdfLimitError(budget.exceeded) : e
  }
}

/**
 * The number of pages under a page tree as a reader would show them, walked within PDF_LIMITS: a tree whose
 * nodes list the same child twice, 40 levels deep, holds 2^40 pages in a few hundred bytes, and a node that
 * lists itself holds endless pages (pdf-lib's own walk would follow them all).
 */
export function countPages(context: PDFContext, root: PDFObject | undefined): number {
  const pending: (PDFObject | undefined)[] = [root]
  let pages = 0
  let steps = 0
  while (pending.length > 0) {
    const item = pending.pop()
    const node = item instanceof PDFRef ? context.lookup(item) : item
    if (node instanceof PDFPageLeaf) {
      if (++pages > PDF_LIMITS.pages) throw new PdfLimitError('pages')
    } else if (node instanceof PDFDict) {
      const kids = node.lookup(PDFName.of('Kids'))
      if (!(kids instanceof PDFArray)) continue
      steps += kids.size()
      if (steps > PDF_LIMITS.objects) throw new PdfLimitError('objects')
      for (const kid of kids.asArray()) pending.push(kid)
    }
  }
  return pages
}
