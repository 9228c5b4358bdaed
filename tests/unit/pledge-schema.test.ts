import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, newMunicipalitySchema, signatoryStepSchema } from '@/schemas/pledge'

const valid = {
  signatoryName: 'Jane Mayor',
  signatoryTitle: 'Mayor',
  email: 'jane@city.gov',
  mandateType: 'LETTER',
}

function errorsFor(input: unknown) {
  const r = signatoryStepSchema.safeParse(input)
  return r.success ? {} : fieldErrorsOf(r.error)
}

describe('the signatory step', () => {
  it('accepts plain answers, trimming them, with the phone optional', () => {
    const r = signatoryStepSchema.parse({ ...valid, signatoryName: '  Jane Mayor ', phone: '' })
    expect(r).toMatchObject({ signatoryName: 'Jane Mayor', phone: undefined })
    expect(signatoryStepSchema.parse({ ...valid, phone: '+1 (555) 010-0199 ext. 12' }).phone).toBe(
      '+1 (555) 010-0199 ext. 12',
    )
  })

  it('names each wrong field in words a person can act on', () => {
    expect(errorsFor({ ...valid, signatoryName: '' })).toEqual({ signatoryName: 'Enter your full name' })
    expect(errorsFor({ ...valid, signatoryName: '<script>x</script>' }).signatoryName).toMatch(
      /must not contain/,
    )
    expect(errorsFor({ ...valid, signatoryTitle: 'Mayor\u0007' }).signatoryTitle).toMatch(
      /control characters/,
    )
    // A bidi override is invisible formatting, not a mistake to report: the cleaner removes it (src/lib/text.ts).
    expect(signatoryStepSchema.parse({ ...valid, signatoryTitle: 'Mayor\u202e' }).signatoryTitle).toBe(
      'Mayor',
    )
    expect(errorsFor({ ...valid, email: 'jane@' }).email).toMatch(/correct format/)
    expect(errorsFor({ ...valid, mandateType: 'DECREE' }).mandateType).toMatch(/Select how/)
    expect(errorsFor({}).signatoryName).toBe('Enter your full name')
  })
})

describe('a municipality that is not listed', () => {
  it('takes population with digits only and the state as a code', () => {
    expect(newMunicipalitySchema.parse({ name: 'Tiny', state: 'vt', population: '312' })).toEqual({
      name: 'Tiny',
      state: 'VT',
      population: 312,
    })
    expect(newMunicipalitySchema.safeParse({ name: 'Tiny', state: 'XX', population: '1' }).success).toBe(
      false,
    )
    expect(newMunicipalitySchema.safeParse({ name: 'Tiny', state: 'VT', population: '0' }).success).toBe(
      false,
    )
  })
})
