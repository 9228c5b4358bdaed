// Valid answers for the schema properties, and the checks every parsed output must pass.
import fc from 'fast-check'
import { expect } from 'vitest'
import { STATE_CODES } from '@/lib/domain/states'

const WORDS = ['Pat', 'Ørsted', 'Saint-Jean', 'O’Neil', 'São Paulo', 'Ζωή', '東京', 'Nuñez', 'Jr.', 'Lee']
const PAD = fc.constantFrom('', ' ', '  ', '\t', '\n ')

/** Plain words, possibly padded with whitespace that a schema should trim; at most `max` characters. */
export const words = (max = 60) =>
  fc
    .tuple(PAD, fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), PAD)
    .map(([a, w, b]) => `${a}${w.join(' ').slice(0, max).trim()}${b}`)

export const stateCode = fc
  .tuple(fc.constantFrom(...STATE_CODES), fc.boolean(), PAD)
  .map(([code, lower, pad]) => `${pad}${lower ? code.toLowerCase() : code}${pad}`)

export const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/)
export const cuid = fc.stringMatching(/^c[a-z0-9]{24}$/)
export const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._+-]{0,15}[a-z0-9]$/), fc.constantFrom('city.gov', 'Town.ORG'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`)

/** A past day as YYYY-MM-DD, from 1990 to yesterday. */
export const pastDay = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date(Date.now() - 86_400_000),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

export const thisYear = new Date().getUTCFullYear()

/** An integer written as people write it: plainly, or with thousands separators. */
export const writtenInteger = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.boolean())
    .map(([n, commas]) => (commas ? n.toLocaleString('en-US') : String(n)))

/** A decimal with up to four places, never -0 (it would not read back as itself). */
export const decimal = (min: number, max: number) =>
  fc.integer({ min: min * 10_000, max: max * 10_000 }).map((n) => (n === 0 ? 0 : n / 10_000))

// ---------- checks on outputs ----------

type TextRule = { min?: number; max: number; plain?: boolean; trimmed?: boolean }

/** A string as the schema promises it: trimmed, within its bounds, without markup when plain. */
export function expectText(value: unknown, { min = 0, max, plain = false, trimmed = true }: TextRule) {
  expect(typeof value).toBe('string')
  const s = value as string
  if (trimmed) expect(s).toBe(s.trim())
  // zod counts characters (code points), not UTF-16 units: an emoji is one.
  expect([...s].length).toBeGreaterThanOrEqual(min)
  expect([...s].length).toBeLessThanOrEqual(max)
  if (plain) expect(s).not.toMatch(/[\p{Cc}\p{Cf}<>]/u)
}

export function expectOptionalText(value: unknown, rule: TextRule, empty: null | undefined) {
  if (value === empty) return
  expectText(value, { ...rule, min: Math.max(rule.min ?? 0, 1) })
}

export function expectInteger(value: unknown, min: number, max: number) {
  expect(Number.isInteger(value)).toBe(true)
  expect(value as number).toBeGreaterThanOrEqual(min)
  expect(value as number).toBeLessThanOrEqual(max)
}

export function expectOneOf(value: unknown, allowed: readonly unknown[]) {
  expect(allowed).toContain(value)
}

/** A real past (or today's) date at midnight UTC; `typed` is what was entered, and must be that day. */
export function expectDay(value: unknown, typed?: unknown) {
  expect(value).toBeInstanceOf(Date)
  const d = value as Date
  expect(Number.isNaN(d.getTime())).toBe(false)
  expect(d.getTime() % 86_400_000).toBe(0)
  if (typeof typed === 'string') expect(d.toISOString().slice(0, 10)).toBe(typed.trim())
}

export function expectEmail(value: unknown, max: number) {
  expectText(value, { min: 3, max })
  expect(value).toMatch(/^[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}$/)
}

/** An address on this site only: it resolves, against any origin, to that same origin. */
export function expectSameSitePath(value: unknown) {
  expect(typeof value).toBe('string')
  expect((value as string).startsWith('/')).toBe(true)
  expect(new URL(value as string, 'https://site.example').origin).toBe('https://site.example')
}

/**
 * Every string a schema outputs can be stored and searched in PostgreSQL, which refuses NUL in text; the
 * named keys (passwords, only ever hashed) are exempt.
 */
export function expectStorable(value: unknown, exempt: readonly string[] = [], path = ''): void {
  if (typeof value === 'string') {
    expect(value.includes('\u0000'), `NUL in ${path || 'the output'}`).toBe(false)
    return
  }
  if (Array.isArray(value)) return value.forEach((v, i) => expectStorable(v, exempt, `${path}[${i}]`))
  if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value))
      if (!exempt.includes(k)) expectStorable(v, exempt, path ? `${path}.${k}` : k)
}
