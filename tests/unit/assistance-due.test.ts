import { describe, expect, it } from 'vitest'
import { addWorkingDays, answerDueBy, isAnswerOverdue } from '@/lib/domain/assistance'

// 2026-12-07 is a Monday.
const at = (iso: string) => new Date(iso)

describe('the 3-working-day answer clock (Monday to Friday, UTC)', () => {
  it('a question on Monday morning is due on Thursday morning', () => {
    expect(answerDueBy(at('2026-12-07T09:00:00Z')).toISOString()).toBe('2026-12-10T09:00:00.000Z')
  })

  it('a question on Friday afternoon is due on Wednesday afternoon: the weekend does not count', () => {
    expect(answerDueBy(at('2026-12-11T15:00:00Z')).toISOString()).toBe('2026-12-16T15:00:00.000Z')
  })

  it('a question on Saturday or Sunday counts from Monday: due at the end of Wednesday', () => {
    expect(answerDueBy(at('2026-12-12T10:00:00Z')).toISOString()).toBe('2026-12-17T00:00:00.000Z')
    expect(answerDueBy(at('2026-12-13T23:59:00Z')).toISOString()).toBe('2026-12-17T00:00:00.000Z')
  })

  it('a question on Wednesday is due on Monday', () => {
    expect(addWorkingDays(at('2026-12-09T12:00:00Z'), 3).toISOString()).toBe('2026-12-14T12:00:00.000Z')
  })

  it('flags only once the due moment has passed, and never an answered request', () => {
    const friday = at('2026-12-11T15:00:00Z')
    expect(isAnswerOverdue(friday, at('2026-12-14T15:00:00Z'))).toBe(false) // Monday: one working day
    expect(isAnswerOverdue(friday, at('2026-12-16T15:00:00Z'))).toBe(false) // due exactly now
    expect(isAnswerOverdue(friday, at('2026-12-16T15:00:01Z'))).toBe(true)
    expect(isAnswerOverdue(null, at('2027-01-01T00:00:00Z'))).toBe(false)
  })
})
