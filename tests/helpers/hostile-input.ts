// Arbitraries (fast-check) for input nobody should send but anybody can: odd unicode, huge strings,
// numbers at the edges, prototype-polluting keys, arrays and files where text is expected.
import fc from 'fast-check'

/** Characters that break naive code: NUL and other controls, lone surrogates, bidi overrides, combiners. */
export const SPECIAL_CHARACTERS = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u200F',
  '\u0301',
  '\u0338',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '<',
  '>',
  '"',
  "'",
  '&',
  '\\',
  '/',
  '%',
  '$',
  ',',
  ' ',
  '😀',
  'ß',
  'İ',
  'ﬃ',
  '１',
  '٣',
] as const

/** Strings people and scripts send: edge values of every kind a text field can be given. */
export const NOTABLE_STRINGS = [
  '',
  ' ',
  ' \t\r\n ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Egnp.exe',
  'e\u0301'.repeat(300),
  '\u200B',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\'; DROP TABLE "User"; --',
  '%00',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e309',
  '-1e308',
  '0x1F',
  '0b101',
  '9007199254740993',
  '١٢٣',
  '１２３',
  'ǅ',
  'ß',
  'İstanbul',
  '//evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  '2024-02-30',
  '2023-02-29',
  '2024-04-31',
  '2024-13-01',
  '0000-00-00',
  '9999-12-31',
  'https://',
  'a'.repeat(1001),
  'x'.repeat(100_000),
] as const

const character = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_CHARACTERS) },
)

/** Any string, biased towards the awkward: special characters, notable values, very long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: character, maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NOTABLE_STRINGS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', ' ', '\u0000', 'é', '😀', '<'), fc.integer({ min: 100, max: 60_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
)

/** Numbers at the edges: NaN, infinities, negative zero, the largest and smallest doubles. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    -1,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    1.5,
  ),
  fc.double(),
  fc.integer(),
)

/** Objects whose own keys are "__proto__" or "constructor", as JSON.parse makes them. */
export const pollutingObject: fc.Arbitrary<object> = fc
  .constantFrom(
    () => JSON.parse('{"__proto__": {"polluted": "yes"}, "toString": "x"}') as object,
    () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as object,
    () => Object.create(null) as object,
    () => ({ toString: () => 'x', valueOf: () => 7 }),
    () => ({ length: 2, 0: 'a', 1: 'b' }),
    () => new Date(NaN),
    () => new File(['%PDF-1.4 not really'], 'evil.pdf', { type: 'application/pdf' }),
    () => new Blob(['\u0000\u0001']),
  )
  .map((make) => make())

/** Any value at all, biased towards the hostile: where a string is expected, anything may come. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, '') },
  { weight: 2, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 2, arbitrary: pollutingObject },
  { weight: 1, arbitrary: fc.bigInt() },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withNullPrototype: true,
      withBoxedValues: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
    }),
  },
)

/** Sets an own property, "__proto__" included (an assignment would change the prototype instead). */
function define(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), hostileString)

/**
 * An object with some of the given keys, each holding `valueOf(key)` (by default a hostile value), and
 * sometimes extra keys such as "__proto__". Pass valid value arbitraries to mix valid and hostile input.
 */
export function hostileRecord(
  keys: readonly string[],
  valueOf: (key: string) => fc.Arbitrary<unknown> = () => hostileValue,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = keys.map((key) =>
    fc.option(
      valueOf(key).map((value) => [key, value] as const),
      { nil: undefined, freq: 4 },
    ),
  )
  const extras = fc.array(fc.tuple(extraKey, hostileValue), { maxLength: 2 })
  return fc.tuple(fc.tuple(...entries), extras).map(([known, more]) => {
    const out: Record<string, unknown> = {}
    for (const entry of [...known, ...more]) if (entry) define(out, entry[0], entry[1])
    return out
  })
}

/** A value a form field can carry: text (as FormData would coerce it) or a file. */
export type FormValue = string | File

const hostileFile: fc.Arbitrary<File> = fc
  .tuple(
    fc.constantFrom(
      '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n',
      '\u0000\u0001\u0002',
      'slug,name,state\n',
      '<svg onload=alert(1)>',
      '',
    ),
    fc.constantFrom(
      'a.pdf',
      'a.csv',
      'a.png',
      '../../etc/passwd',
      '\u202Efdp.exe',
      'a\u0000.pdf',
      '',
      'x'.repeat(300),
    ),
    fc.constantFrom('application/pdf', 'text/csv', 'image/png', 'application/octet-stream', ''),
  )
  .map(([content, name, type]) => new File([content], name, { type }))

/** What one form field is given: usually text (valid or hostile), sometimes a file. */
export function formValue(valid: fc.Arbitrary<string> = hostileString): fc.Arbitrary<FormValue> {
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 4, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileFile },
  )
}

/**
 * A FormData with the named fields, given their valid values. Each form has a hostility, from none to
 * full: the share of fields that get a hostile value (or a file) instead, or are left out; a field is
 * sometimes given twice. Now and then extra fields come too (React's `$ACTION_*`, "__proto__", nonsense).
 * Mostly valid forms reach past the first checks to the domain code; wholly hostile ones test the checks.
 */
export function hostileForm(
  valid: Record<string, fc.Arbitrary<FormValue | FormValue[]>>,
): fc.Arbitrary<FormData> {
  const field = (name: string, value: fc.Arbitrary<FormValue | FormValue[]>, h: number) => {
    const options = [
      { weight: Math.round(100 * (1 - h)), arbitrary: value.map((v) => [v].flat()) },
      { weight: Math.round(75 * h), arbitrary: formValue().map((v) => [v]) }, // hostile
      { weight: Math.round(25 * h), arbitrary: fc.constant([] as FormValue[]) }, // left out
      { weight: 10, arbitrary: fc.tuple(value, formValue()).map(([a, b]) => [[a].flat()[0]!, b]) }, // twice
    ].filter((o) => o.weight > 0)
    return fc.oneof(...options).map((values) => values.map((v) => [name, v] as const))
  }
  const extras = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom('__proto__', 'constructor', '$ACTION_ID_0', '$ACTION_REF_1'), hostileString),
      formValue(),
    ),
    { maxLength: 2 },
  )
  return fc
    .constantFrom(0, 0.05, 0.15, 0.4, 1)
    .chain((h) =>
      fc.tuple(
        fc.tuple(...Object.entries(valid).map(([name, value]) => field(name, value, h))),
        h > 0 ? extras : fc.constant([]),
      ),
    )
    .map(([fields, more]) => {
      const form = new FormData()
      for (const [name, v] of [...fields.flat(), ...more]) form.append(name, v)
      // How a failing case is printed: the fields, not [object FormData].
      Object.defineProperty(form, fc.toStringMethod, {
        value: () =>
          `FormData ${JSON.stringify(
            [...form.entries()].map(([k, v]) => [
              k,
              typeof v === 'string' ? v.slice(0, 200) : `File ${v.name}`,
            ]),
          )}`,
      })
      return form
    })
}

/** A FormData as Object.fromEntries makes it: the shape a schema sees when a form is read naively. */
export const formShaped = (keys: readonly string[]) =>
  hostileForm(Object.fromEntries(keys.map((k) => [k, formValue()]))).map((form) => Object.fromEntries(form))
