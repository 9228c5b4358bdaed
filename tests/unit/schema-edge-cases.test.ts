// Edge cases the schema properties (tests/unit/properties) found: each was a 500 or garbage accepted.
import { describe, expect, it } from 'vitest'
import {
  membershipSchema,
  municipalityFactsSchema,
  municipalitySearchSchema,
} from '@/schemas/admin-municipality'
import { issuesByField } from '@/lib/form-state'
import { auditFilterSchema } from '@/schemas/audit'
import { contentRevisionSchema, imageAltSchema, pledgeTextSchema, solutionSchema } from '@/schemas/content'
import { directoryQuerySchema } from '@/schemas/directory'
import { rejectPledgeSchema } from '@/schemas/moderation'
import { returnReportSchema } from '@/schemas/reports'
import { solutionQuerySchema } from '@/schemas/solutions'
import { parseTargetForm } from '@/schemas/targets'
import { inviteUserSchema } from '@/schemas/users'

// One message per field, the form's own message under 'form', as the forms show them.
const errorsOf = (r: { success: boolean; error?: unknown }) => {
  if (r.success) return {}
  const { fieldErrors, formError } = issuesByField(r.error as Parameters<typeof issuesByField>[0])
  return formError === undefined ? fieldErrors : { ...fieldErrors, form: formError }
}

describe('control characters (PostgreSQL cannot store NUL in text: saving one was a 500)', () => {
  it('are refused next to the field in text that is stored', () => {
    const revision = { title: 'A\u0000', description: 'B\u0007', body: 'C\u0000', note: 'D\u001b' }
    expect(errorsOf(contentRevisionSchema.safeParse(revision))).toEqual({
      title: 'The title must not contain control characters',
      description: 'The description must not contain control characters',
      body: 'The text must not contain control characters',
      note: 'The note must not contain control characters',
    })
    expect(
      errorsOf(pledgeTextSchema.safeParse({ title: 'T', preamble: 'P', commitments: 'One\nTwo\u0000' })),
    ).toEqual({ commitments: 'A commitment must not contain control characters' })
    expect(
      errorsOf(municipalityFactsSchema.safeParse({ name: 'Lyme\u0000', state: 'VT', boundaryType: 'TOWN' })),
    ).toEqual({ name: 'The name must not contain control characters' })
    expect(
      errorsOf(rejectPledgeSchema.safeParse({ pledgeId: 'c'.repeat(20), reason: 'OTHER', note: '\u0000' })),
    ).toEqual({ note: 'The note must not contain control characters' })
    expect(errorsOf(returnReportSchema.safeParse({ feedback: 'Fix\u0000' }))).toEqual({
      feedback: 'Feedback must not contain control characters',
    })
    const invite = { email: 'a@city.gov', name: 'Pat\u0000', role: 'OFFICIAL', municipalitySlug: 'x\u0000' }
    expect(Object.keys(errorsOf(inviteUserSchema.safeParse(invite)))).toEqual(['name', 'municipalitySlug'])
  })

  it('leave tabs and line breaks alone, and become spaces in image alt text', () => {
    const body = 'Line one\r\n\tindented\nline three'
    expect(contentRevisionSchema.parse({ title: 'T', description: '', body, note: '' }).body).toBe(
      'Line one\n\tindented\nline three',
    )
    expect(imageAltSchema.parse('A\u0000map')).toBe('A map')
  })

  it('drop a search or filter term, as any malformed filter is dropped', () => {
    expect(municipalitySearchSchema.parse({ q: 'Lyme\u0000' }).q).toBeUndefined()
    expect(auditFilterSchema.parse({ person: 'pat\u0000' }).person).toBeUndefined()
  })
})

describe('a negative zero typed in a target (found by the property test)', () => {
  it('is stored as zero, so it reads back as itself', () => {
    const parsed = parseTargetForm({
      type: 'BASE_YEAR_ABSOLUTE',
      sectorsCovered: ['WASTE'],
      gasesCovered: ['CH4'],
      baseYear: '2015',
      baseYearEmissions: '250,000',
      reductionPercent: '-0',
      targetYear: '2030',
      netZero: 'on',
    })
    expect(parsed.success && Object.is(parsed.data.reductionPercent, 0)).toBe(true)
  })
})

describe('impossible dates (they were stored as another day)', () => {
  it('are refused where a date is typed', () => {
    expect(errorsOf(membershipSchema.safeParse({ isMember: '1', memberSince: '2023-02-30' }))).toEqual({
      memberSince: 'Enter a real date, like 2024-03-31',
    })
    expect(membershipSchema.parse({ isMember: '1', memberSince: '2024-02-29' })).toEqual({
      isMember: '1',
      memberSince: new Date('2024-02-29T00:00:00Z'),
    })
    const target = {
      type: 'FIXED_LEVEL',
      sectorsCovered: ['STATIONARY_ENERGY'],
      gasesCovered: ['CO2'],
      targetYear: '2040',
      netZero: 'on',
    }
    expect(parseTargetForm({ ...target, adoptedAt: '2024-04-31' })).toEqual({
      success: false,
      fieldErrors: { adoptedAt: 'Enter a real date, like 2024-03-31' },
    })
    expect(parseTargetForm({ ...target, adoptedAt: '2024-04-30' }).success).toBe(true)
  })

  it('are dropped from the audit filter', () => {
    expect(auditFilterSchema.parse({ from: '2024-02-30', to: '2024-03-01' })).toMatchObject({
      from: undefined,
      to: '2024-03-01',
    })
  })
})

describe('query strings', () => {
  it('never throw, whatever object stands in for a value', () => {
    const odd = { q: Object.create(null), page: Object.create(null), state: { toString: null } }
    expect(directoryQuerySchema.parse(odd)).toMatchObject({ q: '', page: 1, state: undefined })
    expect(solutionQuerySchema.parse(odd)).toMatchObject({ q: '', page: 1 })
  })
})

describe('pledge text commitments', () => {
  it('are one per line, whatever the line ending', () => {
    const parsed = pledgeTextSchema.parse({ title: 'T', preamble: 'P', commitments: 'One\rTwo\r\nThree\n' })
    expect(parsed.commitments).toEqual(['One', 'Two', 'Three'])
  })
})

describe('solution codes', () => {
  it('ticked twice count once (each becomes a row keyed by solution and code)', () => {
    const parsed = solutionSchema.parse({
      title: 'Cool roofs',
      summary: 'Reflective roofs.',
      body: 'Text.',
      costBand: 'LOW',
      coBenefits: 'Lower bills.',
      hazards: ['EXTREME_HEAT', 'EXTREME_HEAT'],
      sectors: ['BUILDINGS', 'ENERGY', 'BUILDINGS'],
    })
    expect(parsed.hazards).toEqual(['EXTREME_HEAT'])
    expect(parsed.sectors).toEqual(['BUILDINGS', 'ENERGY'])
  })
})
