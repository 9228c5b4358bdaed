// The letter staff send a council when residents' asks reach a threshold (decision 0024), and the thresholds.
import { describe, expect, it } from 'vitest'
import { askLetter, thresholdsReached } from '@/lib/domain/asks'

const base = {
  place: { name: 'Bend', state: 'OR' },
  campaign: { name: 'Resilient Communities for America', shortName: 'RC4A', tagline: 'Prepare for shocks.' },
  orgName: 'Local Climate Leaders Network',
  askUrl: 'https://example.org/asks/bend-or/rc4a',
}

describe('askLetter', () => {
  it('names the place, the count and the campaign, and quotes the approved comments with their names', () => {
    const { subject, body } = askLetter({
      ...base,
      count: 25,
      comments: [{ name: 'Avery Kim', comment: 'The river floods.' }],
    })
    expect(subject).toBe('25 residents ask Bend to join RC4A')
    expect(body).toContain('To the Mayor and Council of Bend, OR,')
    expect(body).toContain('25 residents of Bend have asked')
    expect(body).toContain('join Resilient Communities for America: Prepare for shocks.')
    expect(body).toContain('"The river floods." (Avery Kim)')
    expect(body).toContain('https://example.org/asks/bend-or/rc4a')
  })

  it('quotes at most ten comments and says how many more there are; none, no quotation heading', () => {
    const comments = Array.from({ length: 13 }, (_, i) => ({ name: `R${i}`, comment: `Comment ${i}` }))
    const many = askLetter({ ...base, count: 100, comments }).body
    expect(many).toContain('"Comment 9" (R9)')
    expect(many).not.toContain('Comment 10')
    expect(many).toContain('... and 3 more comments')
    expect(askLetter({ ...base, count: 1, comments: [] }).body).not.toContain('In their own words')
    const one = askLetter({ ...base, count: 1, comments: [] })
    expect(one.subject).toBe('1 resident asks Bend to join RC4A')
    expect(one.body).toContain('1 resident of Bend has asked')
  })
})

describe('thresholdsReached', () => {
  it('is the thresholds at or under the count', () => {
    expect(thresholdsReached(24)).toEqual([])
    expect(thresholdsReached(25)).toEqual([25])
    expect(thresholdsReached(99)).toEqual([25])
    expect(thresholdsReached(100)).toEqual([25, 100])
  })
})
