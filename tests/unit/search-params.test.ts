import { describe, expect, it } from 'vitest'
import { auditFilterSchema } from '@/schemas/audit'
import { reviewQueuePageSchema } from '@/schemas/moderation'
import { pageQuerySchema, parseSearchParams } from '@/schemas/search-params'

describe('parseSearchParams (the admin list pages)', () => {
  it('reads the first of repeated values and treats an empty one as missing', () => {
    const filter = parseSearchParams(auditFilterSchema, {
      person: ['ada', 'bob'],
      kind: '',
      page: ['3', '9'],
    })
    expect(filter).toEqual({ person: 'ada', kind: undefined, from: undefined, to: undefined, page: 3 })
  })

  it('turns a hand-edited page number into page 1 instead of failing', () => {
    for (const page of ['0', '-2', '1.5', 'abc', '10001', ['x'], ''])
      expect(parseSearchParams(pageQuerySchema, { page }).page).toBe(1)
    expect(parseSearchParams(pageQuerySchema, new URLSearchParams('page=7')).page).toBe(7)
  })

  it('reads the review banner counts as whole numbers, dropping anything else', () => {
    expect(parseSearchParams(reviewQueuePageSchema, { approved: '0', failed: '2' })).toMatchObject({
      approved: 0,
      failed: 2,
    })
    const bad = parseSearchParams(reviewQueuePageSchema, { approved: '-1', failed: 'x', campaign: 'BAD!' })
    expect(bad).toMatchObject({ approved: undefined, failed: undefined, campaign: undefined, page: 1 })
  })
})
