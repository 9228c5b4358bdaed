// CSV as RFC 4180 describes it (CRLF line ends, quotes doubled), safe to open in a spreadsheet.

export type CsvValue = string | number | boolean | Date | null | undefined

// A cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: ISO dates, empty for null, a leading quote before formula characters, quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  let text = value instanceof Date ? value.toISOString() : value
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}

/** A whole document, for small tables; large exports stream rows with csvStream instead. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvRow(header) + rows.map(csvRow).join('')
}

/**
 * A byte stream of a CSV document whose rows come in batches from `batches` (a keyset-paginated query):
 * only one batch is held in memory, and the next is read when the client is ready for more.
 */
export function csvStream(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly CsvValue[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let iterator: AsyncIterator<readonly (readonly CsvValue[])[]> | undefined
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(header)))
    },
    async pull(controller) {
      iterator ??= batches[Symbol.asyncIterator]()
      const { value, done } = await iterator.next()
      if (done) return controller.close()
      controller.enqueue(encoder.encode(value.map(csvRow).join('')))
    },
    async cancel() {
      await iterator?.return?.()
    },
  })
}
