import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isSlug, slugPattern, slugify } from '@/lib/text'
import { mergeSchema } from '@/schemas/admin-municipality'

describe('isSlug', () => {
  it('takes every slug slugify makes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), (text) => {
        const slug = slugify(text)
        if (slug) expect(isSlug(slug)).toBe(true)
      }),
    )
    expect(isSlug(slugify('Saint-Étienne, N° 5 CO'))).toBe(true)
  })

  it('takes what the admin forms and the CSV import accept as a slug, hyphens doubled included', () => {
    const adminSlug = mergeSchema.shape.duplicateSlug
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,120}$/), (text) => {
        if (adminSlug.safeParse(text).success) expect(isSlug(text)).toBe(true)
      }),
    )
    for (const slug of ['a', '7', 'springfield-il', 'a--b', 'x'.repeat(120)]) {
      expect(adminSlug.safeParse(slug).success).toBe(true)
      expect(isSlug(slug)).toBe(true)
    }
  })

  it('refuses text no slug can be: NUL and other controls, upper case, spaces, an end hyphen, too long', () => {
    for (const text of [
      '',
      '\u0000',
      '\u0000'.repeat(3),
      'springfield-il\u0000',
      'spring\u0000field',
      'a\u0007b',
      'Springfield-il',
      ' springfield-il',
      'springfield-il\n',
      '-springfield',
      'springfield-',
      'springfield_il',
      'sprïngfield',
      '../etc',
      'x'.repeat(201),
    ])
      expect(isSlug(text), JSON.stringify(text)).toBe(false)
    expect(isSlug('x'.repeat(61), 60)).toBe(false)
    expect(isSlug('x'.repeat(60), 60)).toBe(true)
  })
})

describe('slugPattern, which every schema checks its slug fields by', () => {
  it('agrees with isSlug at every length limit the schemas use', () => {
    for (const max of [60, 80, 120, 200])
      fc.assert(
        fc.property(
          fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,210}$/), fc.string({ maxLength: 210 })),
          (text) => {
            expect(slugPattern(max).test(text), JSON.stringify(text)).toBe(isSlug(text, max))
          },
        ),
      )
  })

  it('takes one character and exactly `max`, not one more; no hyphen at either end', () => {
    expect(slugPattern(60).test('a')).toBe(true)
    expect(slugPattern(60).test(`a${'-'.repeat(58)}b`)).toBe(true)
    expect(slugPattern(60).test('x'.repeat(61))).toBe(false)
    for (const text of ['-', '-a', 'a-', 'A', 'a b', 'a\u0000'])
      expect(slugPattern(60).test(text), JSON.stringify(text)).toBe(false)
  })
})
