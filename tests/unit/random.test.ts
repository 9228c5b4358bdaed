import { describe, expect, test } from 'vitest'
import { Random } from '@/lib/random'

describe('Random', () => {
  test('the same seed gives the same sequence, another seed a different one', () => {
    const a = new Random('demo')
    const b = new Random('demo')
    const c = new Random('other')
    const seq = (r: Random) => Array.from({ length: 5 }, () => r.next())
    const first = seq(a)
    expect(seq(b)).toEqual(first)
    expect(seq(c)).not.toEqual(first)
  })

  test('int stays within its bounds and reaches both ends', () => {
    const r = new Random(1)
    const values = new Set(Array.from({ length: 2000 }, () => r.int(1, 6)))
    expect([...values].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  test('weighted picks in proportion to weight', () => {
    const r = new Random(7)
    let heavy = 0
    for (let i = 0; i < 10_000; i++)
      if (
        r.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++
    expect(heavy / 10_000).toBeGreaterThan(0.85)
    expect(heavy / 10_000).toBeLessThan(0.95)
  })

  test('sample returns distinct items', () => {
    const picked = new Random(3).sample([1, 2, 3, 4, 5, 6, 7, 8], 5)
    expect(new Set(picked).size).toBe(5)
  })
})
