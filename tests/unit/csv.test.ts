import { describe, expect, test } from 'vitest'
import { csvCell, csvRow, csvStream, toCsv } from '@/lib/csv'

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}

describe('csvCell', () => {
  test('leaves plain text and numbers alone', () => {
    expect(csvCell('Springfield')).toBe('Springfield')
    expect(csvCell(1234.5)).toBe('1234.5')
    expect(csvCell(0)).toBe('0')
  })

  test('writes null, undefined and non-finite numbers as empty cells', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  test('quotes cells with commas, quotes or line breaks and doubles inner quotes (RFC 4180)', () => {
    expect(csvCell('Washington, DC')).toBe('"Washington, DC"')
    expect(csvCell('the "Compact"')).toBe('"the ""Compact"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"')
  })

  test.each(['=SUM(A1:A2)', '+1234', '-1+1', '@cmd', '\tTAB', '\rCR'])(
    'prefixes %j with a quote so spreadsheets do not evaluate it',
    (text) => {
      const cell = csvCell(text)
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true)
      expect(cell).toContain(text)
    },
  )

  test('a formula that also needs quoting is both prefixed and quoted', () => {
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"')
  })

  test('negative numbers stay numbers: only text is defended', () => {
    expect(csvCell(-12.5)).toBe('-12.5')
  })

  test('dates are ISO 8601 and booleans are true/false', () => {
    expect(csvCell(new Date('2024-03-01T12:00:00Z'))).toBe('2024-03-01T12:00:00.000Z')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(false)).toBe('false')
  })
})

describe('rows and documents', () => {
  test('each record ends with CRLF', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n')
    expect(
      toCsv(
        ['x', 'y'],
        [
          ['1', '2'],
          ['3', '4'],
        ],
      ),
    ).toBe('x,y\r\n1,2\r\n3,4\r\n')
  })

  test('csvStream writes the header and every batch in order', async () => {
    async function* batches() {
      yield [['a', 1]]
      yield []
      yield [
        ['b', 2],
        ['c, d', 3],
      ]
    }
    expect(await readAll(csvStream(['name', 'n'], batches()))).toBe('name,n\r\na,1\r\nb,2\r\n"c, d",3\r\n')
  })

  test('csvStream reads the next batch only when the reader asks for more', async () => {
    let produced = 0
    async function* batches() {
      for (let i = 0; i < 100; i++) {
        produced++
        yield [[i]]
      }
    }
    const reader = csvStream(['n'], batches()).getReader()
    await reader.read()
    await reader.read()
    expect(produced).toBeLessThan(10)
    await reader.cancel()
  })
})
