import { fieldId } from '@/components/forms/error-summary'
import { FieldError, controlProps, inputClass } from '@/components/forms/field'
import { GPC_SECTORS, GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { INVENTORY_CELLS, cellLabel, cellName } from '@/lib/domain/report-completeness'
import type { FieldErrors, ReportValues } from '@/schemas/reports'
import { CarriedMarker, type CarryMarks } from './carried-over'

/**
 * The GPC inventory as a table of sectors by scopes: one labelled box per cell that exists, with the
 * carried-over marker under a figure that still holds last verified report's value.
 */
export function InventoryGrid({
  values,
  errors,
  marks,
}: {
  values: ReportValues
  errors: FieldErrors
  marks: CarryMarks | null
}) {
  return (
    <fieldset aria-describedby="inventory-hint">
      <legend id="inventory-heading" className="text-2xl font-bold">
        Greenhouse gas inventory
      </legend>
      <p id="inventory-hint" className="mt-2 max-w-3xl text-muted">
        Emissions in tonnes of CO2 equivalent (tCO2e) for each GPC sector and scope. Where there is no figure,
        enter a notation key instead: NO (not occurring), IE (included elsewhere), NE (not estimated) or C
        (confidential). A BASIC inventory needs the cells marked BASIC; BASIC+ needs every cell.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Inventory by GPC sector (rows) and scope (columns), tCO2e</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="px-2 py-2">
                Sector
              </th>
              {[1, 2, 3].map((s) => (
                <th key={s} scope="col" className="px-2 py-2">
                  Scope {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GPC_SECTOR_CODES.map((sector) => (
              <tr key={sector} className="border-b border-gray-200 align-top">
                <th scope="row" className="px-2 py-2">
                  {GPC_SECTORS[sector]}
                </th>
                {[1, 2, 3].map((scope) => {
                  const cell = INVENTORY_CELLS.find((c) => c.sector === sector && c.scope === scope)
                  if (!cell)
                    return (
                      <td key={scope} className="px-2 py-2 text-muted">
                        Not applicable
                      </td>
                    )
                  const name = cellName(sector, scope)
                  const id = fieldId(name)
                  const level = cell.basic ? 'BASIC' : 'BASIC+ only'
                  const carried = marks?.cells.has(name) ?? false
                  return (
                    <td key={scope} className={`px-2 py-2 ${errors[name] ? 'bg-red-50' : ''}`}>
                      <label htmlFor={id} className="sr-only">
                        {cellLabel(sector, scope)}, tCO2e or notation key
                      </label>
                      <FieldError id={`${id}-error`} message={errors[name]} />
                      <input
                        {...controlProps(name, {
                          error: errors[name],
                          before: carried ? `${id}-level ${id}-carried` : `${id}-level`,
                        })}
                        defaultValue={values.inventory[name] ?? ''}
                        inputMode="decimal"
                        autoComplete="off"
                        className={`${inputClass} min-w-28`}
                      />
                      <span id={`${id}-level`} className="text-sm text-muted">
                        {level}
                      </span>
                      {carried && marks && <CarriedMarker id={`${id}-carried`} year={marks.year} />}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  )
}
