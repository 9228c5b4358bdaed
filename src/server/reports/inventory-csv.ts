import 'server-only'
import { toCsv } from '@/lib/csv'
import { GPC_SECTORS } from '@/lib/domain/gpc'
import { INVENTORY_CELLS, isApplicableCell } from '@/lib/domain/report-completeness'
import { parseCell, type DraftReport } from '@/schemas/reports'

export const INVENTORY_CSV_HEADER = [
  'sector',
  'sector_name',
  'scope',
  'emissions_tco2e',
  'notation_key',
] as const
export const MAX_CSV_BYTES = 100_000

/** The template officials download: the header and one empty row per GPC sector and scope. */
export function inventoryCsvTemplate(): string {
  return toCsv(
    INVENTORY_CSV_HEADER,
    INVENTORY_CELLS.map((c) => [c.sector, GPC_SECTORS[c.sector], c.scope, '', '']),
  )
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function readCsvRecords(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += ch
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

export type InventoryCsvResult =
  | { ok: true; inventory: DraftReport['inventory'] }
  | { ok: false; rowErrors: { row: number; message: string }[] }

const SECTOR_CODES = Object.keys(GPC_SECTORS)

/**
 * Reads an uploaded inventory. Every problem is reported with its line number (the header is line 1);
 * one bad row refuses the whole file. Rows with neither a figure nor a key leave that cell empty.
 */
export function parseInventoryCsv(input: string): InventoryCsvResult {
  const text = input.replace(/^\uFEFF/, '')
  const records = readCsvRecords(text)
  const rowErrors: { row: number; message: string }[] = []
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase())
  const col = (name: string) => header.indexOf(name)
  const missing = ['sector', 'scope', 'emissions_tco2e', 'notation_key'].filter((n) => col(n) === -1)
  if (missing.length > 0) {
    return {
      ok: false,
      rowErrors: [
        {
          row: 1,
          message: `The first line must be the template's header (${INVENTORY_CSV_HEADER.join(',')}); missing: ${missing.join(', ')}`,
        },
      ],
    }
  }
  const inventory: DraftReport['inventory'] = []
  const seen = new Map<string, number>()
  records.slice(1).forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => c.trim() === '')) return
    const get = (name: string) => (cells[col(name)] ?? '').trim()
    const sector = get('sector').toUpperCase()
    const scopeText = get('scope')
    if (!SECTOR_CODES.includes(sector)) {
      rowErrors.push({
        row,
        message: `Unknown sector "${get('sector')}": use a code from the template, such as STATIONARY_ENERGY`,
      })
      return
    }
    if (!/^[123]$/.test(scopeText)) {
      rowErrors.push({ row, message: `The scope must be 1, 2 or 3, not "${scopeText}"` })
      return
    }
    const scope = Number(scopeText)
    if (!isApplicableCell(sector, scope)) {
      rowErrors.push({
        row,
        message: `${GPC_SECTORS[sector as keyof typeof GPC_SECTORS]} has no scope ${scope} in the GPC`,
      })
      return
    }
    const key = `${sector}-${scope}`
    if (seen.has(key)) {
      rowErrors.push({
        row,
        message: `${sector} scope ${scope} appears twice (also on line ${seen.get(key)})`,
      })
      return
    }
    seen.set(key, row)
    const parsed = parseCell(get('emissions_tco2e'), get('notation_key'))
    if (!parsed.ok) rowErrors.push({ row, message: parsed.message })
    else if (parsed.value)
      inventory.push({ sector: sector as keyof typeof GPC_SECTORS, scope, ...parsed.value })
  })
  if (records.length <= 1) rowErrors.push({ row: 1, message: 'The file has no rows after the header' })
  return rowErrors.length > 0 ? { ok: false, rowErrors } : { ok: true, inventory }
}
