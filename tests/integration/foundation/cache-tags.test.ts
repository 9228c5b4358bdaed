// The next/cache stand-in records expiries, so a mutation's test can assert the pages it refreshes.
import { beforeEach, expect, test } from 'vitest'
import { invalidateMunicipality, invalidateSolution } from '@/server/cache-tags'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'

beforeEach(resetExpiredTags)

test('expiring a municipality records its profile, the directory, the network and its campaigns', () => {
  invalidateMunicipality('springfield-il', ['rc4a'])
  expect(expiredTags).toEqual([
    'municipality:springfield-il',
    'members',
    'network',
    'campaigns',
    'campaign:rc4a',
  ])
})

test('resetExpiredTags starts each test from nothing', () => {
  expect(expiredTags).toEqual([])
  invalidateSolution('green-roofs')
  expect(expiredTags).toEqual(['solution:green-roofs', 'solutions'])
})
