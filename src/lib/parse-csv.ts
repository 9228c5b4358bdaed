// A small RFC 4180 reader for the municipality import (see docs/decisions/0008-csv-import-parser.md).

export type CsvParseResult =
  | { ok: true; header: string[]; records: { line: number; cells: string[] }[] }
  | { ok: false; line: number; message: string }

/**
 * Splits CSV text into records of cells: commas between cells, double quotes around cells holding
 * commas, quotes or line breaks ("" inside is one quote), CRLF or LF between records. A leading BOM
 * and blank lines are skipped. `line` is the 1-based line on which each record starts.
 */
export function parseCsv(text: string): CsvParseResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let i = 0
  const endRecord = () => {
    cells.push(cell)
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  while (i < src.length) {
    const c = src[i]!
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i += 1
        const next = src[i]
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
          return { ok: false, line, message: 'A quoted cell must end at a comma or the end of the line' }
        continue
      }
      if (c === '\n') line += 1
      cell += c
      i += 1
      continue
    }
    if (c === '"') {
      if (cell !== '') return { ok: false, line, message: 'A quote may only start a cell' }
      quoted = true
      i += 1
    } else if (c === ',') {
      cells.push(cell)
      cell = ''
      i += 1
    } else if (c === '\r' || c === '\n') {
      endRecord()
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1
      line += 1
      recordLine = line
    } else {
      cell += c
      i += 1
    }
  }
  if (quoted) return { ok: false, line: recordLine, message: 'A quoted cell is not closed' }
  if (cell !== '' || cells.length > 0) endRecord()
  const [first, ...rest] = records
  if (!first) return { ok: false, line: 1, message: 'The file is empty' }
  return { ok: true, header: first.cells.map((h) => h.trim().toLowerCase()), records: rest }
}
