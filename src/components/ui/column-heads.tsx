/** A column: its header text and, if any, the class of its header cell. */
export type ColumnHead = readonly [header: string, className?: string]

/** A table's head: one row of column headers, each with scope="col". */
export function ColumnHeads({
  columns,
  rowClassName,
}: {
  columns: readonly ColumnHead[]
  rowClassName?: string
}) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map(([header, className]) => (
          <th key={header} scope="col" className={className}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  )
}

/** The staff lists' header row: a rule below, padded cells, the last one without a gap on its right. */
export const LIST_HEAD_ROW = 'border-b-2 border-gray-400'

/** The staff lists' columns (see LIST_HEAD_ROW); the headers named in `right` are right-aligned. */
export function listColumns(headers: readonly string[], right: readonly string[] = []): ColumnHead[] {
  return headers.map((header, i) => {
    const cell = i === headers.length - 1 ? 'py-2' : 'py-2 pr-4'
    return [header, right.includes(header) ? `${cell} text-right` : cell]
  })
}
