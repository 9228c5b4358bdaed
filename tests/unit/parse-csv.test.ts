import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCsv } from '@/lib/parse-csv'
import { toCsv } from '@/lib/csv'

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF or LF, and skips a BOM and blank lines', () => {
    const text = '\uFEFFslug,Name\r\na,"Smith, ""Jr"""\n\nb,"two\r\nlines"\r\n'
    expect(parseCsv(text)).toEqual({
      ok: true,
      header: ['slug', 'name'],
      records: [
        { line: 2, cells: ['a', 'Smith, "Jr"'] },
        { line: 4, cells: ['b', 'two\r\nlines'] },
      ],
    })
  })

  it('keeps empty cells and a last line without a line break', () => {
    expect(parseCsv('a,b,c\n,,\nx,,z')).toMatchObject({
      records: [{ cells: ['', '', ''] }, { cells: ['x', '', 'z'] }],
    })
  })

  it('refuses malformed quoting with the line it is on', () => {
    expect(parseCsv('a\n"open')).toEqual({ ok: false, line: 2, message: 'A quoted cell is not closed' })
    expect(parseCsv('a\nx"y')).toMatchObject({ ok: false, line: 2 })
    expect(parseCsv('a\n"x"y')).toMatchObject({ ok: false, line: 2 })
    expect(parseCsv('')).toMatchObject({ ok: false, message: 'The file is empty' })
  })

  it('reads back what the CSV writer writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'é') })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        // Rows of only empty cells are blank lines, which the reader skips.
        const kept = rows.filter((r) => r.some((c) => c !== ''))
        const parsed = parseCsv(
          toCsv(
            ['h1', 'h2'],
            kept.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r]/, 'x'))),
          ),
        )
        expect(parsed.ok && parsed.records.map((r) => r.cells)).toEqual(
          kept.map((r) => r.map((c) => c.replace(/^[=+\-@\t\r]/, 'x'))),
        )
      }),
    )
  })
})
