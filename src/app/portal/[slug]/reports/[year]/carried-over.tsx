import { fieldId } from '@/components/forms/error-summary'
import { FieldError } from '@/components/forms/field'
import {
  actionKey,
  carriedNoun,
  carriedRows,
  confirmFieldName,
  hazardKey,
  type CarrySection,
} from '@/lib/domain/carried-over'
import { INVENTORY_CELLS, cellName } from '@/lib/domain/report-completeness'
import { cellText, parseCellText, type CarryOver, type ReportValues } from '@/schemas/reports'

/** Which fields and rows of the values as typed still show what was carried over, unconfirmed. */
export type CarryMarks = {
  year: number
  level: boolean
  cells: Set<string>
  hazards: boolean[]
  actions: boolean[]
  counts: Record<CarrySection, number>
}

const sameCell = (typed: string, carried: string) => {
  const parsed = parseCellText(typed)
  return (parsed.ok ? cellText(parsed.value) : typed.trim()) === carried
}

const REMOVED = '\u0000removed'

/** The marks, by the server's rule: a value still equal to the carried-over one keeps its mark. */
export function carryMarks(carry: CarryOver | null | undefined, values: ReportValues): CarryMarks | null {
  if (!carry) return null
  const level = carry.reportingLevel !== null && values.reportingLevel === carry.reportingLevel
  const cells = new Set(
    INVENTORY_CELLS.map((c) => cellName(c.sector, c.scope)).filter((name) => {
      const carried = carry.inventory[name]
      return carried !== undefined && sameCell(values.inventory[name] ?? '', carried)
    }),
  )
  const hazards = carriedRows(
    carry.hazards.map(hazardKey),
    values.hazards.map((h) => (h.remove ? REMOVED : hazardKey(h))),
  )
  const actions = carriedRows(
    carry.actions.map(actionKey),
    values.actions.map((a) => (a.remove ? REMOVED : actionKey(a))),
  )
  const counts = {
    inventory: cells.size + (level ? 1 : 0),
    hazards: hazards.filter(Boolean).length,
    actions: actions.filter(Boolean).length,
  }
  return { year: carry.fromYear, level, cells, hazards, actions, counts }
}

export const carriedText = (year: number) => `Carried over from ${year}’s verified report`

/** The marker by a carried-over field or row: words, not only a colour. */
export function CarriedMarker({ id, year }: { id: string; year: number }) {
  return (
    <p id={id} className="mt-1 border-l-4 border-amber-600 pl-2 text-sm font-semibold text-amber-900">
      {carriedText(year)}
    </p>
  )
}

const SECTION_ANCHORS: Record<CarrySection, { href: string; words: string }> = {
  inventory: { href: '#inventory-heading', words: 'in the inventory (with the reporting level)' },
  hazards: { href: '#hazards-heading', words: 'among the climate hazards' },
  actions: { href: '#actions-heading', words: 'among the plans and actions' },
}

/** The summary at the top of a pre-filled draft: how much is carried over, and what to do about it. */
export function CarriedOverSummary({ marks, year }: { marks: CarryMarks; year: number }) {
  const total = marks.counts.inventory + marks.counts.hazards + marks.counts.actions
  if (total === 0) return null
  return (
    <section aria-labelledby="carried-heading" className="border-l-8 border-amber-600 bg-amber-50 p-4">
      <h2 id="carried-heading" className="text-xl">
        {total} {total === 1 ? 'figure is' : 'figures are'} carried over from {marks.year}’s verified report
      </h2>
      <p className="mt-2 max-w-3xl">
        This draft started from your verified report for {marks.year}. What you report is your statement for{' '}
        {year}, so check each item marked “{carriedText(marks.year)}”: change what is different in {year},
        then tick the box at the end of each section to confirm the rest, and save or submit. A report with
        unconfirmed carried-over figures cannot be submitted.
      </p>
      <ul className="mt-2 list-disc pl-6">
        {(Object.keys(SECTION_ANCHORS) as CarrySection[])
          .filter((s) => marks.counts[s] > 0)
          .map((s) => (
            <li key={s}>
              <a href={SECTION_ANCHORS[s].href}>
                {carriedNoun(s, marks.counts[s])} {SECTION_ANCHORS[s].words}
              </a>
            </li>
          ))}
      </ul>
    </section>
  )
}

/** A section's "these carried-over figures are still right" box, confirmed when the form is saved. */
export function ConfirmCarried({
  section,
  marks,
  year,
  checked,
  error,
}: {
  section: CarrySection
  marks: CarryMarks | null
  year: number
  checked?: boolean
  error?: string
}) {
  const count = marks?.counts[section] ?? 0
  if (!marks || (count === 0 && !error)) return null
  const name = confirmFieldName(section)
  const id = fieldId(name)
  return (
    <div className={`max-w-3xl ${error ? 'border-l-4 border-red-700 pl-4' : ''}`}>
      <FieldError id={`${id}-error`} message={error} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="font-semibold">
          Confirm the {carriedNoun(section, count)} carried over from {marks.year} that I have not changed:{' '}
          {count === 1 ? 'it is' : 'they are'} still right for {year}
        </label>
      </div>
    </div>
  )
}
