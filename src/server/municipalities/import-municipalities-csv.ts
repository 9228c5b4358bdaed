import 'server-only'
import { db, type Db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { parseCsv } from '@/lib/parse-csv'
import { normalizeForSearch } from '@/lib/text'
import {
  FACT_FIELDS,
  FIELD_TO_CSV,
  MAX_IMPORT_ROWS,
  MUNICIPALITY_CSV_COLUMNS,
  csvRecordToInput,
  municipalityCsvRowSchema,
  type ImportProblem,
  type MunicipalityFacts,
} from '@/schemas/admin-municipality'
import { changedFacts } from './update-municipality-facts'
import { membershipConflict } from './membership-conflict'
import { logger } from '@/server/log'

const log = logger('municipalities')

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
type Row = {
  line: number
  slug: string
  facts: MunicipalityFacts
  membership?: { isMember: boolean; memberSince: Date | null }
}

export type ImportResult =
  { ok: false; problems: ImportProblem[] } | { ok: true; created: number; updated: number; unchanged: number }

const MEMBERSHIP_COLUMNS = ['is_member', 'member_since']
const REQUIRED = MUNICIPALITY_CSV_COLUMNS.filter((c) => !MEMBERSHIP_COLUMNS.includes(c))
// The export puts a quote before cells a spreadsheet would read as a formula; reading, it comes off.
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

function checkHeader(header: string[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  for (const column of REQUIRED)
    if (!header.includes(column))
      problems.push({ row: 1, column, message: `The column "${column}" is missing` })
  header.forEach((column, i) => {
    if (!(MUNICIPALITY_CSV_COLUMNS as readonly string[]).includes(column))
      problems.push({
        row: 1,
        column: column || `column ${i + 1}`,
        message: 'This column is not one the import reads',
      })
    else if (header.indexOf(column) !== i)
      problems.push({ row: 1, column, message: 'This column appears twice' })
  })
  if (header.includes('member_since') !== header.includes('is_member'))
    problems.push({
      row: 1,
      column: 'is_member',
      message: 'Give is_member and member_since together, or neither',
    })
  return problems
}

function columnOf(path: PropertyKey[]): string {
  if (path[0] === 'facts') return FIELD_TO_CSV[path[1] as (typeof FACT_FIELDS)[number]] ?? 'name'
  return String(path[0] ?? 'slug')
}

/** Every row checked on its own: the problems, or the rows ready to apply. */
function readRows(text: string): { problems: ImportProblem[]; rows: Row[] } {
  const parsed = parseCsv(text)
  if (!parsed.ok) return { problems: [{ row: parsed.line, column: '', message: parsed.message }], rows: [] }
  const problems = checkHeader(parsed.header)
  if (problems.length > 0) return { problems, rows: [] }
  if (parsed.records.length === 0)
    return { problems: [{ row: 2, column: '', message: 'The file has no rows' }], rows: [] }
  if (parsed.records.length > MAX_IMPORT_ROWS)
    return {
      problems: [{ row: 1, column: '', message: `Import at most ${MAX_IMPORT_ROWS} rows at a time` }],
      rows: [],
    }
  const withMembership = parsed.header.includes('is_member')
  const seen = new Map<string, number>()
  const rows: Row[] = []
  for (const { line, cells } of parsed.records) {
    if (cells.length !== parsed.header.length) {
      problems.push({
        row: line,
        column: '',
        message: `This row has ${cells.length} cells; the header has ${parsed.header.length}`,
      })
      continue
    }
    const record = Object.fromEntries(parsed.header.map((h, i) => [h, unguard(cells[i]!)]))
    const result = municipalityCsvRowSchema.safeParse(csvRecordToInput(record))
    if (!result.success) {
      const seenColumns = new Set<string>()
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path)
        if (seenColumns.has(column)) continue
        seenColumns.add(column)
        problems.push({ row: line, column, message: issue.message })
      }
      continue
    }
    const { slug, facts, is_member, member_since } = result.data
    const earlier = seen.get(slug)
    if (earlier) {
      problems.push({ row: line, column: 'slug', message: `This slug is also on row ${earlier}` })
      continue
    }
    seen.set(slug, line)
    rows.push({
      line,
      slug,
      facts,
      ...(withMembership
        ? { membership: { isMember: is_member === 'true', memberSince: member_since ?? null } }
        : {}),
    })
  }
  return { problems, rows }
}

async function loadExisting(tx: Tx, slugs: string[]) {
  const byslug = new Map<
    string,
    { id: string; isMember: boolean; memberSince: Date | null } & Record<string, unknown>
  >()
  for (let i = 0; i < slugs.length; i += 500) {
    const found = await tx.municipality.findMany({ where: { slug: { in: slugs.slice(i, i + 500) } } })
    for (const m of found) byslug.set(m.slug, m)
  }
  const ids = [...byslug.values()].map((m) => m.id)
  const earliest = new Map<string, Date>()
  for (let i = 0; i < ids.length; i += 500) {
    const groups = await tx.pledge.groupBy({
      by: ['municipalityId'],
      where: { municipalityId: { in: ids.slice(i, i + 500) }, status: 'APPROVED' },
      _min: { commitmentDate: true },
    })
    for (const g of groups) if (g._min.commitmentDate) earliest.set(g.municipalityId, g._min.commitmentDate)
  }
  return { byslug, earliest }
}

type Existing = Awaited<ReturnType<typeof loadExisting>>['byslug'] extends Map<string, infer V> ? V : never
type Changed = { id: string; slug: string; membership: boolean }

// Rows whose membership would contradict approved pledges, as problems.
function membershipProblems(rows: Row[], byslug: Map<string, Existing>, earliest: Map<string, Date>) {
  return rows.flatMap((row) => {
    const existing = byslug.get(row.slug)
    const problem =
      row.membership && existing && membershipConflict(row.membership, earliest.get(existing.id) ?? null)
    if (!problem) return []
    return [
      { row: row.line, column: row.membership!.isMember ? 'member_since' : 'is_member', message: problem },
    ]
  })
}

// The fields of a row that differ from what is stored (dates compared by time).
function changedKeys(existing: Existing, row: Row) {
  const diff = changedFacts(existing, { ...row.facts, ...row.membership })
  const keys = Object.keys(diff.after).filter(
    (k) =>
      !(
        existing[k] instanceof Date &&
        (diff.after[k] as Date | null)?.getTime() === (existing[k] as Date).getTime()
      ),
  )
  const pick = (o: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, o[k]]))
  return {
    keys,
    before: { slug: row.slug, ...pick(diff.before) },
    after: { slug: row.slug, ...pick(diff.after) },
  }
}

async function applyRows(tx: Tx, rows: Row[], actor: { id: string; label: string }) {
  const { byslug, earliest } = await loadExisting(
    tx,
    rows.map((r) => r.slug),
  )
  const refused = membershipProblems(rows, byslug, earliest)
  if (refused.length > 0) return { ok: false as const, problems: refused }
  const counts = { created: 0, updated: 0, unchanged: 0 }
  const changed: Changed[] = []
  const audit = { client: tx, actor, entityType: 'Municipality' }
  for (const row of rows) {
    const existing = byslug.get(row.slug)
    const data = { ...row.facts, ...row.membership, searchName: normalizeForSearch(row.facts.name) }
    if (!existing) {
      const { id } = await tx.municipality.create({ data: { slug: row.slug, ...data }, select: { id: true } })
      const after = { slug: row.slug, ...row.facts, ...row.membership }
      await recordAudit({ ...audit, action: 'municipality.import-create', entityId: id, after })
      counts.created += 1
      changed.push({ id, slug: row.slug, membership: Boolean(row.membership?.isMember) })
      continue
    }
    const { keys, before, after } = changedKeys(existing, row)
    if (keys.length === 0) {
      counts.unchanged += 1
      continue
    }
    await tx.municipality.update({ where: { id: existing.id }, data })
    await recordAudit({
      ...audit,
      action: 'municipality.import-update',
      entityId: existing.id,
      before,
      after,
    })
    counts.updated += 1
    const membership = keys.includes('isMember') || keys.includes('memberSince')
    changed.push({ id: existing.id, slug: row.slug, membership })
  }
  return { ok: true as const, ...counts, changed }
}

/**
 * Imports municipalities from CSV (the export's columns): rows update the municipality with their slug
 * or create it. Every row is checked first; if any row has a problem nothing is applied and every
 * problem is returned (row, column, message). Otherwise all rows apply in one transaction, each
 * change audited. MODERATOR and ADMIN.
 */
export async function importMunicipalitiesCsv({
  text,
  now = new Date(),
}: {
  text: string
  now?: Date
}): Promise<ImportResult> {
  const actor = await requirePermission('municipality.edit')
  const { problems, rows } = readRows(text)
  if (problems.length > 0) return { ok: false, problems }
  const outcome = await db
    .$transaction((tx) => applyRows(tx, rows, { id: actor.id, label: actor.email }), { timeout: 120_000 })
    .catch((e: unknown) => {
      // Someone created one of these slugs meanwhile: the transaction undid everything.
      if (isUniqueViolation(e))
        throw new AppError(
          'CONFLICT',
          'Municipalities changed while importing, so nothing was imported. Try again.',
        )
      throw e
    })
  if (!outcome.ok) return outcome
  const membershipChanged = outcome.changed.filter((c) => c.membership).map((c) => c.id)
  if (membershipChanged.length > 0)
    await refreshCompliance({ municipalityIds: membershipChanged, now }).catch((e) =>
      log.error({ err: e }, 'compliance refresh failed'),
    )
  for (const c of outcome.changed) invalidateMunicipality(c.slug)
  return { ok: true, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged }
}
