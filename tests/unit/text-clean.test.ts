import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cleanName, stripInvisibleFormatting } from '@/lib/text'
import { signatoryStepSchema } from '@/schemas/pledge'
import { inviteUserSchema } from '@/schemas/users'
import { municipalityFactsSchema } from '@/schemas/admin-municipality'
import { solutionSchema } from '@/schemas/content'

const INVISIBLE = [
  ...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
  ...'\u200B\u200C\u200D\u2060\uFEFF',
]

describe('the text cleaner for names', () => {
  it('removes every bidi control and zero-width character, and nothing else', () => {
    expect(cleanName(' mandate-\u202Efdp.exe ')).toBe('mandate-fdp.exe')
    expect(stripInvisibleFormatting(INVISIBLE.join(''))).toBe('')
    expect(stripInvisibleFormatting('Saint-Étienne, N\u00B0 5 — 東京')).toBe(
      'Saint-Étienne, N\u00B0 5 — 東京',
    )
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom(...INVISIBLE)), (text, noise) => {
        const noisy = noise.reduce((s, c, i) => s.slice(0, i) + c + s.slice(i), text)
        const cleaned = stripInvisibleFormatting(noisy)
        expect(INVISIBLE.some((c) => cleaned.includes(c))).toBe(false)
        expect(cleaned).toBe(stripInvisibleFormatting(text))
      }),
    )
  })

  it('is applied by the name fields of forms', () => {
    const name = '\u202EnhoJ\u202C Sm\u200Bith'
    expect(
      signatoryStepSchema.safeParse({
        signatoryName: name,
        signatoryTitle: 'Ma\u200Dyor\u2066',
        email: 'a@city.gov',
        mandateType: 'LETTER',
      }).data,
    ).toMatchObject({ signatoryName: 'nhoJ Smith', signatoryTitle: 'Mayor' })
    expect(
      inviteUserSchema.safeParse({ email: 'a@b.org', name, role: 'EDITOR', title: '\uFEFFClerk' }).data,
    ).toMatchObject({ name: 'nhoJ Smith' })
    expect(
      municipalityFactsSchema.safeParse({
        name: `Spring\u200Bfield\u202E`,
        state: 'IL',
        county: '\u200BCook',
        boundaryType: 'CITY',
      }).data,
    ).toMatchObject({ name: 'Springfield', county: 'Cook' })
    expect(solutionSchema.shape.title.safeParse('\u2067Green roofs\u2069').data).toBe('Green roofs')
  })
})
