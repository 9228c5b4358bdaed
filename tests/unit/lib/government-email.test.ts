import { describe, expect, it } from 'vitest'
import { isGovernmentEmail } from '@/lib/government-email'

describe('isGovernmentEmail', () => {
  it.each(['mayor@springfield.gov', 'clerk@city.of.boulder.co.us', 'a@base.army.mil', 'Mayor@Town.GOV'])(
    'accepts %s',
    (email) => expect(isGovernmentEmail(email)).toBe(true),
  )

  it.each([
    'mayor@gmail.com',
    'mayor@springfield.org',
    'mayor@gov.example.com',
    'mayor@springfieldgov.com',
    'mayor@.gov',
    'not-an-email',
    'x@example.usa',
    '',
  ])('flags %s', (email) => expect(isGovernmentEmail(email)).toBe(false))

  it('looks at the domain, not the name before the @', () => {
    expect(isGovernmentEmail('someone.gov@example.com')).toBe(false)
  })
})
