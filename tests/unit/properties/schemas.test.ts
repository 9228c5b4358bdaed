// Properties of every zod schema in src/schemas: whatever it is given (random values, hostile strings,
// "__proto__" keys, arrays and files where text belongs) safeParse answers without throwing, every output
// it accepts keeps the schema's own promises (trimmed, bounded, from the list, storable), and valid input
// is accepted and reads back as itself. A schema exported without a row below fails the first test.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isStateCode } from '@/lib/domain/states'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'
import {
  ASSISTANCE_STATUS_CODES,
  ASSISTANCE_TOPIC_CODES,
  CONTACT_PREFERENCE_CODES,
} from '@/lib/domain/assistance'
import { BOUNDARY_TYPES, FACT_FIELDS } from '@/schemas/admin-municipality'
import {
  DIRECTORY_CAMPAIGNS,
  DIRECTORY_SORTS,
  COMPLIANCE_STAGES,
  POPULATION_BANDS,
} from '@/schemas/directory'
import { REJECTION_REASONS, MANDATE_TYPES } from '@/schemas/pledge'
import { COST_BAND_CODES } from '@/schemas/solutions'
import { PARTNER_KIND_CODES } from '@/schemas/partners'
import { EVENT_AUDIENCE_CODES, EVENT_TYPE_CODES } from '@/schemas/events'
import { EVENT_TIME_ZONE_CODES, utcToZonedInput } from '@/lib/domain/zoned-time'
import {
  RESOURCE_AUDIENCE_CODES,
  RESOURCE_INTENTS,
  RESOURCE_KIND_CODES,
  RESOURCE_SLUG_PATTERN,
} from '@/schemas/resources'
import { RESOURCE_STAGE_CODES, RESOURCE_TOPIC_CODES } from '@/lib/domain/resources'
import { TARGET_TYPE_CODES } from '@/schemas/targets'
import { GROUP_KIND_CODES, GROUP_SLUG_PATTERN, GROUP_TOPIC_CODES } from '@/schemas/groups'
import { PEER_POPULATION_BANDS } from '@/lib/domain/peers'
import { ILLUSTRATION_NAMES } from '@/lib/illustrations'
import { HERO_PAGES } from '@/schemas/heroes'
import { STAFF_ROLES, USER_ROLES } from '@/server/auth/staff-roles'
import { formShaped, hostileRecord, hostileValue } from '../../helpers/hostile-input'
import {
  cuid,
  decimal,
  email,
  expectDay,
  expectEmail,
  expectInteger,
  expectOneOf,
  expectOptionalText,
  expectSameSitePath,
  expectStorable,
  expectText,
  pastDay,
  slug,
  stateCode,
  thisYear,
  words,
  writtenInteger,
} from './arbitraries'

const HOSTILE_RUNS = 150
const VALID_RUNS = 60
// A second or less each on a quiet machine; generous for a busy CI runner.
const TIMEOUT = 30_000

const dir = path.resolve(import.meta.dirname, '../../../src/schemas')
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map(async (f) => [
        f.replace(/\.ts$/, ''),
        (await import(path.join(dir, f))) as Record<string, unknown>,
      ]),
  ),
)
const schemas = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({ key: `${module}.${name}`, schema: schema as z.ZodType })),
)

/* eslint-disable @typescript-eslint/no-explicit-any -- outputs are checked field by field below */
type Spec = {
  /** The object's keys, for hostile records with some of them (plain values when absent). */
  keys?: readonly string[]
  /** Input the schema must accept. */
  valid?: fc.Arbitrary<unknown>
  /** What every accepted output keeps to, whatever the input was. */
  check: (out: any, input: any) => void
  /** The output as input again: parsing it must give the same output. */
  roundTrip?: (out: any) => unknown
  /** A query-string schema: every object is accepted, bad values falling back to defaults. */
  alwaysParses?: boolean
  /** Output keys that are never stored (passwords are only hashed). */
  exempt?: string[]
}

const s = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '')

// ---------- shared pieces ----------

const FACT_KEYS = FACT_FIELDS
const validFacts = fc
  .record(
    {
      name: words(110),
      state: stateCode,
      boundaryType: fc.constantFrom(...Object.keys(BOUNDARY_TYPES)),
      county: fc.oneof(words(100), fc.constant('')),
      population: writtenInteger(0, 50_000_000),
      populationYear: writtenInteger(1790, thisYear),
      website: fc.oneof(
        fc.constant(''),
        fc.constantFrom('https://www.example.gov', 'https://city.gov/climate'),
      ),
      latitude: decimal(-90, 90).map(String),
      longitude: decimal(-180, 180).map(String),
    },
    { requiredKeys: ['name', 'state', 'boundaryType'] },
  )
  .map((f) => {
    // The year goes with a population; latitude and longitude go together.
    const out: Record<string, string> = { ...f }
    if (f.population !== undefined) out.populationYear ??= String(thisYear)
    if ((f.latitude === undefined) !== (f.longitude === undefined)) {
      delete out.latitude
      delete out.longitude
    }
    return out
  })
function checkFacts(f: any) {
  expectText(f.name, { min: 1, max: 120 })
  expect(isStateCode(f.state)).toBe(true)
  expectOptionalText(f.county, { max: 120 }, null)
  if (f.population !== null) expectInteger(f.population, 0, 50_000_000)
  if (f.populationYear !== null) expectInteger(f.populationYear, 1790, thisYear)
  if (f.population !== null) expect(f.populationYear).not.toBeNull()
  if (f.website !== null) {
    expect(f.website.length).toBeLessThanOrEqual(300)
    expect(new URL(f.website).protocol).toBe('https:')
  }
  expectOneOf(f.boundaryType, Object.keys(BOUNDARY_TYPES))
  expect(f.latitude === null).toBe(f.longitude === null)
  if (f.latitude !== null) expect(Math.abs(f.latitude)).toBeLessThanOrEqual(90)
  if (f.longitude !== null) expect(Math.abs(f.longitude)).toBeLessThanOrEqual(180)
}
const factsInput = (f: any) => ({
  name: f.name,
  state: f.state,
  county: f.county ?? '',
  population: s(f.population),
  populationYear: s(f.populationYear),
  website: f.website ?? '',
  boundaryType: f.boundaryType,
  latitude: s(f.latitude),
  longitude: s(f.longitude),
})

const validRevision = fc.record({
  title: words(190),
  description: fc.oneof(words(290), fc.constant('')),
  body: fc
    .array(words(200), { minLength: 1, maxLength: 4 })
    .map((lines) => `# Title\r\n${lines.join('\r\n')}`),
  note: fc.oneof(words(190), fc.constant('')),
})
const validSolution = fc.record({
  title: words(190),
  summary: words(490),
  body: words(500).map((w) => `${w}\r\n\r\nMore.`),
  costBand: fc.constantFrom(...COST_BAND_CODES),
  coBenefits: words(900),
  // A tampered form may tick a code twice.
  hazards: fc.array(fc.constantFrom(...HAZARD_CODES), { minLength: 1, maxLength: 20 }),
  sectors: fc.array(fc.constantFrom(...SOLUTION_SECTOR_CODES), { minLength: 1, maxLength: 20 }),
})
const validPartner = fc.record({
  name: words(190),
  kind: fc.constantFrom(...PARTNER_KIND_CODES),
  summary: words(490),
  // One item per line, blank lines and stray spaces included, as staff type them.
  helpsWith: fc.array(words(190), { minLength: 1, maxLength: 12 }).map((items) => items.join('\r\n\r\n  ')),
  statesServed: fc
    .array(stateCode, { maxLength: 8 })
    .map((codes) => codes.map((c, i) => (i % 2 ? c.toLowerCase() : c)).join(', ')),
  website: fc.oneof(
    fc.constant(''),
    fc.constantFrom('https://www.example.edu', ' https://agency.gov/climate '),
  ),
})
// An event on a day of 2031 (daylight saving or not), registration closing the day before or at the start.
const validEvent = fc
  .record({
    title: words(190),
    summary: words(290),
    description: words(500).map((w) => `${w}\r\n\r\nProgramme.`),
    type: fc.constantFrom(...EVENT_TYPE_CODES),
    timeZone: fc.constantFrom(...EVENT_TIME_ZONE_CODES),
    month: fc.integer({ min: 1, max: 12 }),
    // Up to the 27th: an event ending after midnight ends on the next day, which must exist in February too.
    day: fc.integer({ min: 10, max: 27 }),
    hour: fc.integer({ min: 4, max: 20 }),
    hours: fc.integer({ min: 1, max: 27 }),
    deadlineAtStart: fc.boolean(),
    online: fc.constantFrom('yes', ''),
    place: words(290),
    joinUrl: fc.constantFrom('', 'https://meet.example.org/abc-defg', ' https://zoom.example.com/j/123 '),
    capacity: fc.integer({ min: 1, max: 10_000 }).map(String),
    audience: fc.constantFrom(...EVENT_AUDIENCE_CODES),
  })
  .map(({ month, day, hour, hours, deadlineAtStart, ...v }) => {
    const two = (n: number) => String(n).padStart(2, '0')
    const at = (d: number, h: number) => `2031-${two(month)}-${two(d)}T${two(h)}:30`
    const end = hour + hours
    return {
      ...v,
      startsAt: at(day, hour),
      endsAt: end < 24 ? at(day, end) : at(day + 1, end - 24),
      registrationDeadline: deadlineAtStart ? at(day, hour) : at(day - 1, 12),
      // A joining link only for an event people can join online.
      joinUrl: v.online === 'yes' ? v.joinUrl : '',
    }
  })
const validAsk = fc.record({ name: words(190), email, comment: fc.oneof(fc.constant(''), words(900)) })
const validAskDecision = fc.record({ signatureId: cuid, decision: fc.constantFrom('approve', 'reject') })
// A group: a regional one with states, or a cohort with its topic (states optional); dates in order.
const validGroup = fc
  .record({
    kind: fc.constantFrom(...GROUP_KIND_CODES),
    name: words(190),
    slug: fc.oneof(
      slug,
      slug.map((v) => ` ${v.toUpperCase()} `),
    ),
    summary: words(290),
    description: words(500).map((w) => `${w}\r\n\r\nMore.`),
    topic: fc.constantFrom(...GROUP_TOPIC_CODES),
    states: fc.array(stateCode, { minLength: 1, maxLength: 8 }).map((codes) => codes.join(', ')),
    facilitatorId: cuid,
    startsOn: pastDay.filter((d) => d >= '2000-01-01'),
    lengthDays: fc.integer({ min: 0, max: 900 }),
    members: fc.array(slug, { maxLength: 12 }).map((slugs) => slugs.join('\r\n')),
  })
  .map(({ lengthDays, ...v }) => ({
    ...v,
    endsOn: new Date(new Date(`${v.startsOn}T00:00:00Z`).getTime() + lengthDays * 86_400_000)
      .toISOString()
      .slice(0, 10),
  }))
const validMeeting = validEvent.map((e) => ({
  title: e.title,
  timeZone: e.timeZone,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  online: e.online,
  place: e.place,
}))
const validRegistration = fc.record({ name: words(190), email, organisation: words(190) })
const validFollow = fc.record({ email })
const validResource = fc.record({
  kind: fc.constantFrom(...RESOURCE_KIND_CODES),
  title: words(190),
  slug: fc.oneof(
    fc.constant(''),
    slug,
    slug.map((v) => ` ${v.toUpperCase()} `),
  ),
  summary: words(490),
  body: words(500).map((w) => `${w}\r\n\r\nMore.`),
  url: fc.constantFrom('https://tool.example.org', ' https://agency.gov/climate/tool '),
  // A tampered form may tick a code twice.
  topics: fc.array(fc.constantFrom(...RESOURCE_TOPIC_CODES), { minLength: 1, maxLength: 20 }),
  audience: fc.constantFrom(...RESOURCE_AUDIENCE_CODES),
  membersOnly: fc.constantFrom('', '1'),
  stages: fc.array(fc.constantFrom(...RESOURCE_STAGE_CODES), { maxLength: 6 }),
  reviewedOn: pastDay.filter((d) => d >= '2000-01-01'),
  ownerId: cuid,
  note: fc.oneof(words(190), fc.constant('')),
})
const validSignatory = fc.record(
  {
    signatoryName: words(110),
    signatoryTitle: words(110),
    email,
    phone: fc.constantFrom('', '555 010 0199', '+1 (555) 010-0199 ext. 12'),
    mandateType: fc.constantFrom(...Object.keys(MANDATE_TYPES)),
  },
  { requiredKeys: ['signatoryName', 'signatoryTitle', 'email', 'mandateType'] },
)
function checkSignatory(v: any) {
  expectText(v.signatoryName, { min: 1, max: 120, plain: true })
  expectText(v.signatoryTitle, { min: 1, max: 120, plain: true })
  expectEmail(v.email, 254)
  if (v.phone !== undefined) expectText(v.phone, { min: 7, max: 30, plain: true })
  expectOneOf(v.mandateType, Object.keys(MANDATE_TYPES))
}
const validNewMunicipality = fc.record({
  name: words(90),
  state: stateCode,
  population: writtenInteger(1, 10_000_000).map((p) => p.replace(/,/g, '')),
})
function checkNewMunicipality(v: any) {
  expectText(v.name, { min: 1, max: 100, plain: true })
  expect(isStateCode(v.state)).toBe(true)
  expectInteger(v.population, 1, 10_000_000)
}
const checkPassword = (v: any) => {
  expect(typeof v.password).toBe('string')
  expect(v.password.length).toBeGreaterThanOrEqual(12)
  expect(v.password.length).toBeLessThanOrEqual(1000)
  expect(v.confirmPassword).toBe(v.password)
}
const validPassword = fc
  .string({ unit: 'grapheme', minLength: 12, maxLength: 40 })
  .filter((p) => p.length >= 12 && p.length <= 1000)
  .map((password) => ({ password, confirmPassword: password }))

// Every id the database holds (src/schemas/id.ts): cuids, reference places' `gn<GeoNames id>`, the demo seed's ids.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/
const anyId = fc.oneof(
  cuid,
  fc.integer({ min: 1, max: 99_999_999 }).map((n) => `gn${n}`),
  fc.stringMatching(/^demo[a-z][0-9a-z]{6}(-[A-Z_]{3,40}-[0-9A-Z_]{1,8})?$/),
)

// The hero form's image choice: no image, one of the project's illustrations, or a library image by id.
const heroImageChoice = fc.oneof(
  fc.constant('none'),
  fc.constantFrom(...ILLUSTRATION_NAMES).map((n) => `illustration:${n}`),
  anyId.map((id) => `upload:${id}`),
)
function checkHeroImage(v: any) {
  expectOneOf(v.kind, ['none', 'illustration', 'upload'])
  if (v.kind === 'illustration') expectOneOf(v.name, ILLUSTRATION_NAMES)
  if (v.kind === 'upload') expect(v.uploadId).toMatch(idPattern)
}
const heroImageInput = (v: any) =>
  v.kind === 'none' ? 'none' : v.kind === 'illustration' ? `illustration:${v.name}` : `upload:${v.uploadId}`

// ---------- one row per exported schema ----------

const specs: Record<string, Spec> = {
  'admin-municipality.municipalitySearchSchema': {
    keys: ['q', 'state', 'members', 'page'],
    alwaysParses: true,
    valid: fc.record({
      q: words(90),
      state: stateCode,
      members: fc.constant('1'),
      page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      if (v.q !== undefined) expectText(v.q, { max: 100 })
      if (v.state !== undefined) expect(isStateCode(v.state)).toBe(true)
      expect(typeof v.members).toBe('boolean')
      expectInteger(v.page, 1, 10_000)
    },
    roundTrip: (v) => ({
      q: v.q,
      state: v.state,
      members: v.members ? '1' : undefined,
      page: String(v.page),
    }),
  },
  'admin-municipality.municipalityFactsSchema': {
    keys: FACT_KEYS,
    valid: validFacts,
    check: checkFacts,
    roundTrip: factsInput,
  },
  'admin-municipality.membershipSchema': {
    keys: ['isMember', 'memberSince'],
    valid: fc.oneof(
      pastDay.map((memberSince) => ({ isMember: '1', memberSince })),
      fc.constant({ isMember: '0' }),
    ),
    check: (v, input) => {
      expectOneOf(v.isMember, ['0', '1'])
      if (v.isMember === '1') {
        expectDay(v.memberSince, input.memberSince)
        expect(v.memberSince.getTime()).toBeLessThanOrEqual(Date.now())
      }
    },
    roundTrip: (v) => (v.isMember === '1' ? { isMember: '1', memberSince: day(v.memberSince) } : v),
  },
  'admin-municipality.mergeSchema': {
    keys: ['duplicateSlug', 'targetSlug'],
    valid: fc
      .tuple(slug, slug)
      .filter(([a, b]) => a !== b)
      .map(([duplicateSlug, targetSlug]) => ({ duplicateSlug, targetSlug })),
    check: (v) => {
      expect(v.duplicateSlug).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/)
      expect(v.targetSlug).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/)
      expect(v.duplicateSlug).not.toBe(v.targetSlug)
    },
    roundTrip: (v) => v,
  },
  'admin-municipality.municipalityCsvRowSchema': {
    keys: ['slug', 'facts', 'is_member', 'member_since'],
    valid: fc
      .tuple(slug, validFacts, fc.oneof(pastDay, fc.constant(undefined)))
      .map(([slug, facts, since]) =>
        since ? { slug, facts, is_member: 'true', member_since: since } : { slug, facts, is_member: 'false' },
      ),
    check: (v, input) => {
      expect(v.slug).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/)
      checkFacts(v.facts)
      expect(v.member_since !== undefined).toBe(v.is_member === 'true')
      if (v.member_since) expectDay(v.member_since, input.member_since)
    },
    roundTrip: (v) => ({
      slug: v.slug,
      facts: factsInput(v.facts),
      is_member: v.is_member,
      member_since: v.member_since && day(v.member_since),
    }),
  },
  'assistance.askForHelpSchema': {
    keys: ['topic', 'question', 'contact'],
    valid: fc.record({
      topic: fc.constantFrom(...ASSISTANCE_TOPIC_CODES),
      question: words(4000).map((w) => `${w}\r\n\r\n${w}`.slice(0, 4900)),
      contact: fc.constantFrom(...CONTACT_PREFERENCE_CODES),
    }),
    check: (v) => {
      expectOneOf(v.topic, ASSISTANCE_TOPIC_CODES)
      expectText(v.question, { min: 1, max: 5000 })
      expectOneOf(v.contact, CONTACT_PREFERENCE_CODES)
    },
    roundTrip: (v) => v,
  },
  'assistance.memberReplySchema': {
    keys: ['body'],
    valid: fc.record({ body: words(4000) }),
    check: (v) => expectText(v.body, { min: 1, max: 5000 }),
    roundTrip: (v) => v,
  },
  'assistance.staffReplySchema': {
    keys: ['body'],
    valid: fc.record({ body: words(4000) }),
    check: (v) => expectText(v.body, { min: 1, max: 5000 }),
    roundTrip: (v) => v,
  },
  'assistance.assignRequestSchema': {
    keys: ['requestId', 'assigneeId'],
    valid: fc.record({ requestId: cuid, assigneeId: cuid }),
    check: (v) => {
      expect(v.requestId).toMatch(idPattern)
      expect(v.assigneeId).toMatch(idPattern)
    },
    roundTrip: (v) => v,
  },
  'assistance.closeRequestSchema': {
    keys: ['requestId'],
    valid: fc.record({ requestId: cuid }),
    check: (v) => expect(v.requestId).toMatch(idPattern),
    roundTrip: (v) => v,
  },
  'assistance.assistanceQueueFilterSchema': {
    valid: fc.constantFrom('open', 'all', ...ASSISTANCE_STATUS_CODES),
    check: (v) => expectOneOf(v, ['open', 'all', ...ASSISTANCE_STATUS_CODES]),
    roundTrip: (v) => v,
  },
  'audit.auditFilterSchema': {
    keys: ['person', 'kind', 'from', 'to', 'page'],
    alwaysParses: true,
    valid: fc.record({
      person: words(190),
      kind: fc.constantFrom('pledge.approve', 'user', 'content-page.publish'),
      from: pastDay,
      to: pastDay,
      page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      if (v.person !== undefined) expectText(v.person, { max: 200 })
      if (v.kind !== undefined) expect(v.kind).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?$/)
      for (const d of [v.from, v.to])
        if (d !== undefined) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d)
      expectInteger(v.page, 1, 10_000)
    },
    roundTrip: (v) => ({ ...v, page: String(v.page) }),
  },
  'auth.signInSchema': {
    keys: ['email', 'password', 'callbackUrl'],
    exempt: ['password'],
    valid: fc.record({
      email,
      password: fc.string({ minLength: 1, maxLength: 100 }),
      callbackUrl: fc.constantFrom('/admin', '/portal/x?y=1', undefined, 'https://evil.example', '//evil'),
    }),
    check: (v) => {
      expectEmail(v.email, 320)
      expect(v.password.length).toBeGreaterThanOrEqual(1)
      expect(v.password.length).toBeLessThanOrEqual(1000)
      expectSameSitePath(v.callbackUrl)
    },
    roundTrip: (v) => v,
  },
  'auth.forgotPasswordSchema': {
    keys: ['email'],
    valid: fc.record({ email }),
    check: (v) => expectEmail(v.email, 320),
    roundTrip: (v) => v,
  },
  'auth.resetPasswordSchema': {
    keys: ['password', 'confirmPassword'],
    exempt: ['password', 'confirmPassword'],
    valid: validPassword,
    check: checkPassword,
    roundTrip: (v) => v,
  },
  'content.recordId': {
    valid: anyId,
    check: (v) => expect(v).toMatch(idPattern),
    roundTrip: (v) => v,
  },
  'id.recordId': {
    valid: anyId,
    check: (v) => expect(v).toMatch(idPattern),
    roundTrip: (v) => v,
  },
  'content.contentRevisionSchema': {
    keys: ['title', 'description', 'body', 'note'],
    valid: validRevision,
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expectOptionalText(v.description, { max: 300 }, null)
      expectText(v.body, { min: 1, max: 50_000, trimmed: false })
      expect(v.body.trim().length).toBeGreaterThan(0)
      expect(v.body).not.toContain('\r')
      expectOptionalText(v.note, { max: 200 }, null)
    },
    roundTrip: (v) => ({ ...v, description: v.description ?? '', note: v.note ?? '' }),
  },
  'content.contentIntentSchema': {
    alwaysParses: true,
    valid: fc.constantFrom('preview', 'save', 'publish'),
    check: (v) => expectOneOf(v, ['preview', 'save', 'publish']),
    roundTrip: (v) => v,
  },
  'content.pledgeTextSchema': {
    keys: ['title', 'preamble', 'commitments'],
    valid: fc.record({
      title: words(190),
      preamble: words(400).map((w) => `${w}\r\n\r\nWe commit.`),
      commitments: fc.array(words(200), { minLength: 1, maxLength: 20 }).map((c) => c.join('\r\n')),
    }),
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expectText(v.preamble, { min: 1, max: 5000 })
      expect(v.preamble).not.toContain('\r')
      expect(v.commitments.length).toBeGreaterThanOrEqual(1)
      expect(v.commitments.length).toBeLessThanOrEqual(20)
      for (const c of v.commitments) {
        expectText(c, { min: 1, max: 1000 })
        expect(c).not.toMatch(/[\r\n]/)
      }
    },
    roundTrip: (v) => ({ ...v, commitments: v.commitments.join('\n') }),
  },
  'events.eventSchema': {
    keys: [
      'title',
      'summary',
      'description',
      'type',
      'timeZone',
      'startsAt',
      'endsAt',
      'registrationDeadline',
      'online',
      'place',
      'joinUrl',
      'capacity',
      'audience',
    ],
    valid: validEvent,
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expectText(v.summary, { min: 1, max: 300 })
      expect(v.title).not.toMatch(/[\r\n]/)
      expectText(v.description, { min: 1, max: 10_000 })
      expect(v.description).not.toContain('\r')
      expectOneOf(v.type, EVENT_TYPE_CODES)
      expectOneOf(v.timeZone, EVENT_TIME_ZONE_CODES)
      expectOneOf(v.audience, EVENT_AUDIENCE_CODES)
      expectInteger(v.capacity, 1, 10_000)
      // Stored in UTC, in order: the deadline no later than the start, the end after it.
      for (const d of [v.startsAt, v.endsAt, v.registrationDeadline]) expect(d).toBeInstanceOf(Date)
      expect(v.endsAt.getTime()).toBeGreaterThan(v.startsAt.getTime())
      expect(v.registrationDeadline.getTime()).toBeLessThanOrEqual(v.startsAt.getTime())
      expect(typeof v.online).toBe('boolean')
      if (!v.online) expectText(v.place, { min: 1, max: 300 })
      else expectOptionalText(v.place, { max: 300 }, null)
      if (v.joinUrl !== null) {
        expect(v.online).toBe(true)
        expect(new URL(v.joinUrl).protocol).toBe('https:')
      }
    },
    roundTrip: (v) => ({
      ...v,
      startsAt: utcToZonedInput(v.startsAt, v.timeZone),
      endsAt: utcToZonedInput(v.endsAt, v.timeZone),
      registrationDeadline: utcToZonedInput(v.registrationDeadline, v.timeZone),
      online: v.online ? 'yes' : '',
      place: v.place ?? '',
      joinUrl: v.joinUrl ?? '',
      capacity: String(v.capacity),
    }),
  },
  'events.eventRegistrationSchema': {
    keys: ['name', 'email', 'organisation'],
    valid: validRegistration,
    check: (v) => {
      expectText(v.name, { min: 1, max: 200 })
      expectEmail(v.email, 254)
      expectText(v.organisation, { min: 1, max: 200 })
    },
    roundTrip: (v) => v,
  },
  'asks.askSignatureSchema': {
    keys: ['name', 'email', 'comment'],
    valid: validAsk,
    check: (v) => {
      expectText(v.name, { min: 1, max: 200 })
      expectEmail(v.email, 254)
      expectText(v.comment, { min: 0, max: 1000 })
    },
    roundTrip: (v) => v,
  },
  'asks.askCommentDecisionSchema': {
    keys: ['signatureId', 'decision'],
    valid: validAskDecision,
    check: (v) => {
      expect(v.signatureId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/)
      expectOneOf(v.decision, ['approve', 'reject'])
    },
    roundTrip: (v) => v,
  },
  'introductions.introductionRequestSchema': {
    keys: ['to', 'from', 'solution', 'message'],
    valid: fc.record({
      to: slug,
      from: slug,
      solution: fc.oneof(fc.constant(''), slug),
      // At least 20 characters: two runs of words around a fixed phrase.
      message: fc.tuple(words(900), words(900)).map(([a, b]) => `${a} how did you do it? ${b}`),
    }),
    check: (v) => {
      expect(v.to).toMatch(/^[a-z0-9-]{1,120}$/)
      expect(v.from).toMatch(/^[a-z0-9-]{1,120}$/)
      expect(v.solution).toMatch(/^(?:[a-z0-9-]{1,120})?$/)
      expectText(v.message, { min: 20, max: 2_000 })
    },
    roundTrip: (v) => v,
  },
  'introductions.introductionAnswerSchema': {
    keys: ['token', 'choice'],
    valid: fc.record({
      token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      choice: fc.constantFrom('accept', 'decline'),
    }),
    check: (v) => {
      expect(v.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expectOneOf(v.choice, ['accept', 'decline'])
    },
    roundTrip: (v) => v,
  },
  'introductions.willingToTalkSchema': {
    keys: ['solution', 'willing'],
    valid: fc.record({ solution: slug, willing: fc.constantFrom('yes', 'no') }),
    check: (v) => {
      expect(v.solution).toMatch(/^[a-z0-9-]{1,120}$/)
      expect(typeof v.willing).toBe('boolean')
    },
    roundTrip: (v) => ({ ...v, willing: v.willing ? 'yes' : 'no' }),
  },
  'groups.groupSchema': {
    keys: [
      'kind',
      'name',
      'slug',
      'summary',
      'description',
      'topic',
      'states',
      'facilitatorId',
      'startsOn',
      'endsOn',
      'members',
    ],
    valid: validGroup,
    check: (v) => {
      expectOneOf(v.kind, GROUP_KIND_CODES)
      expectText(v.name, { min: 1, max: 200 })
      expect(v.slug).toMatch(GROUP_SLUG_PATTERN)
      expectText(v.summary, { min: 1, max: 300 })
      expectText(v.description, { min: 1, max: 10_000 })
      expect(v.description).not.toContain('\r')
      // A cohort has its topic; a regional group has states and no topic.
      if (v.kind === 'TOPIC') expectOneOf(v.topic, GROUP_TOPIC_CODES)
      else {
        expect(v.topic).toBeNull()
        expect(v.states.length).toBeGreaterThan(0)
      }
      // Each state once, sorted, as a code: stored as a comma list.
      expect(new Set(v.states).size).toBe(v.states.length)
      expect([...v.states].sort()).toEqual(v.states)
      for (const code of v.states) expect(isStateCode(code)).toBe(true)
      expectDay(v.startsOn)
      expectDay(v.endsOn)
      expect(v.endsOn.getTime()).toBeGreaterThanOrEqual(v.startsOn.getTime())
      expect(new Set(v.members).size).toBe(v.members.length)
      for (const m of v.members) expect(m).toMatch(GROUP_SLUG_PATTERN)
    },
    roundTrip: (v) => ({
      ...v,
      topic: v.topic ?? '',
      states: v.states.join(', '),
      startsOn: day(v.startsOn),
      endsOn: day(v.endsOn),
      members: v.members.join('\n'),
    }),
  },
  'groups.meetingSchema': {
    keys: ['title', 'timeZone', 'startsAt', 'endsAt', 'online', 'place'],
    valid: validMeeting,
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expect(v.title).not.toMatch(/[\r\n]/)
      expectOneOf(v.timeZone, EVENT_TIME_ZONE_CODES)
      expect(v.startsAt).toBeInstanceOf(Date)
      expect(v.endsAt.getTime()).toBeGreaterThan(v.startsAt.getTime())
      expect(typeof v.online).toBe('boolean')
      if (!v.online) expectText(v.place, { min: 1, max: 300 })
      else expectOptionalText(v.place, { max: 300 }, null)
    },
    roundTrip: (v) => ({
      ...v,
      startsAt: utcToZonedInput(v.startsAt, v.timeZone),
      endsAt: utcToZonedInput(v.endsAt, v.timeZone),
      online: v.online ? 'yes' : '',
      place: v.place ?? '',
    }),
  },
  'groups.meetingNotesSchema': {
    keys: ['notes'],
    valid: fc.record({ notes: words(500).map((w) => `${w}\r\n\r\nAgreed: next steps.`) }),
    check: (v) => {
      expectText(v.notes, { min: 1, max: 20_000 })
      expect(v.notes).not.toContain('\r')
    },
    roundTrip: (v) => v,
  },
  'groups.groupDocumentSchema': {
    keys: ['title'],
    valid: fc.record({ title: words(190) }),
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expect(v.title).not.toMatch(/[\r\n]/)
    },
    roundTrip: (v) => v,
  },
  'groups.groupDeleteSchema': {
    keys: ['confirm'],
    valid: fc.record({ confirm: words(190) }),
    check: (v) => {
      expectText(v.confirm, { min: 1, max: 300 })
    },
    roundTrip: (v) => v,
  },
  'groups.groupItemSchema': {
    keys: ['id'],
    valid: fc.record({ id: cuid }),
    check: (v) => {
      expect(v.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/)
    },
    roundTrip: (v) => v,
  },
  'groups.membershipDecisionSchema': {
    keys: ['memberId', 'decision'],
    valid: fc.record({ memberId: cuid, decision: fc.constantFrom('approve', 'decline') }),
    check: (v) => {
      expect(v.memberId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/)
      expectOneOf(v.decision, ['approve', 'decline'])
    },
    roundTrip: (v) => v,
  },
  'follows.followSchema': {
    keys: ['email'],
    valid: validFollow,
    check: (v) => expectEmail(v.email, 254),
    roundTrip: (v) => v,
  },
  'partners.partnerSchema': {
    keys: ['name', 'kind', 'summary', 'helpsWith', 'statesServed', 'website'],
    valid: validPartner,
    check: (v) => {
      expectText(v.name, { min: 1, max: 200 })
      expectOneOf(v.kind, PARTNER_KIND_CODES)
      expectText(v.summary, { min: 1, max: 500 })
      expect(v.helpsWith.length).toBeGreaterThan(0)
      expect(v.helpsWith.length).toBeLessThanOrEqual(12)
      for (const item of v.helpsWith) expectText(item, { min: 1, max: 200 })
      // Each state once, as a code: they are stored as a comma list and shown by name.
      expect(new Set(v.statesServed).size).toBe(v.statesServed.length)
      for (const code of v.statesServed) expect(isStateCode(code)).toBe(true)
      if (v.website !== null) expect(new URL(v.website).protocol).toBe('https:')
    },
    roundTrip: (v) => ({
      ...v,
      helpsWith: v.helpsWith.join('\n'),
      statesServed: v.statesServed.join(', '),
      website: v.website ?? '',
    }),
  },
  'resources.resourceSchema': {
    keys: [
      'kind',
      'title',
      'slug',
      'summary',
      'body',
      'url',
      'topics',
      'audience',
      'membersOnly',
      'stages',
      'reviewedOn',
      'ownerId',
      'note',
    ],
    valid: validResource,
    check: (v) => {
      expectOneOf(v.kind, RESOURCE_KIND_CODES)
      expectText(v.title, { min: 1, max: 200 })
      if (v.slug !== '') expect(v.slug).toMatch(RESOURCE_SLUG_PATTERN)
      expectText(v.summary, { min: 1, max: 500 })
      expectText(v.body, { max: 50_000, trimmed: false })
      expect(v.body).not.toContain('\r')
      if (v.kind === 'GUIDE') expect(v.body.trim().length).toBeGreaterThan(0)
      if (v.kind === 'LINK') expect(v.url).not.toBeNull()
      if (v.url !== null) expect(new URL(v.url).protocol).toBe('https:')
      // Each code once: they become rows keyed by (resource, code).
      expect(v.topics.length).toBeGreaterThan(0)
      expect(new Set(v.topics).size).toBe(v.topics.length)
      for (const t of v.topics) expectOneOf(t, RESOURCE_TOPIC_CODES)
      expect(new Set(v.stages).size).toBe(v.stages.length)
      for (const st of v.stages) expectOneOf(st, RESOURCE_STAGE_CODES)
      expectOneOf(v.audience, RESOURCE_AUDIENCE_CODES)
      expect(typeof v.membersOnly).toBe('boolean')
      expectDay(v.reviewedOn)
      expect(v.reviewedOn.getTime()).toBeLessThanOrEqual(Date.now())
      expect(typeof v.ownerId).toBe('string')
      expectOptionalText(v.note, { max: 200 }, null)
    },
    roundTrip: (v) => ({
      ...v,
      url: v.url ?? '',
      note: v.note ?? '',
      membersOnly: v.membersOnly ? '1' : '',
      reviewedOn: day(v.reviewedOn),
    }),
  },
  'resources.resourceIntentSchema': {
    alwaysParses: true,
    valid: fc.constantFrom(...RESOURCE_INTENTS),
    check: (v) => expectOneOf(v, RESOURCE_INTENTS),
    roundTrip: (v) => v,
  },
  'content.solutionSchema': {
    keys: ['title', 'summary', 'body', 'costBand', 'coBenefits', 'hazards', 'sectors'],
    valid: validSolution,
    check: (v) => {
      expectText(v.title, { min: 1, max: 200 })
      expectText(v.summary, { min: 1, max: 500 })
      expectText(v.body, { min: 1, max: 50_000, trimmed: false })
      expectOneOf(v.costBand, COST_BAND_CODES)
      expectText(v.coBenefits, { min: 1, max: 1000 })
      // Each code once: they become rows keyed by (solution, code).
      expect(new Set(v.hazards).size).toBe(v.hazards.length)
      expect(new Set(v.sectors).size).toBe(v.sectors.length)
      for (const h of v.hazards) expectOneOf(h, HAZARD_CODES)
      for (const c of v.sectors) expectOneOf(c, SOLUTION_SECTOR_CODES)
      expect(v.hazards.length).toBeGreaterThan(0)
      expect(v.sectors.length).toBeGreaterThan(0)
    },
    roundTrip: (v) => v,
  },
  'heroes.heroPageSchema': {
    valid: fc.constantFrom(...HERO_PAGES),
    check: (v) => expectOneOf(v, HERO_PAGES),
    roundTrip: (v) => v,
  },
  'heroes.heroImageChoiceSchema': {
    valid: heroImageChoice,
    check: checkHeroImage,
    roundTrip: heroImageInput,
  },
  'heroes.heroSettingSchema': {
    keys: ['image', 'alt', 'decorative'],
    valid: fc.record({ image: heroImageChoice, alt: words(190), decorative: fc.boolean() }),
    check: (v) => {
      checkHeroImage(v.image)
      expectText(v.alt, { max: 200 })
      expect(typeof v.decorative).toBe('boolean')
      // A decorative image, or none, has no description; any other image has one.
      if (v.decorative || v.image.kind === 'none') expect(v.alt).toBe('')
      else expect(v.alt.length).toBeGreaterThan(0)
    },
    roundTrip: (v) => ({ ...v, image: heroImageInput(v.image) }),
  },
  'content.imageAltSchema': {
    valid: words(190),
    check: (v) => {
      expectText(v, { max: 200, trimmed: false })
      expect(v).not.toMatch(/[[\]\r\n]/)
    },
  },
  'directory.directoryQuerySchema': {
    keys: ['q', 'state', 'campaign', 'population', 'stage', 'overdue', 'sort', 'dir', 'page'],
    alwaysParses: true,
    valid: fc.record({
      q: words(90),
      state: stateCode,
      campaign: fc.constantFrom(...Object.keys(DIRECTORY_CAMPAIGNS)),
      population: fc.constantFrom(...Object.keys(POPULATION_BANDS)),
      stage: fc.constantFrom(...Object.keys(COMPLIANCE_STAGES)),
      overdue: fc.constantFrom('1', ''),
      sort: fc.constantFrom(...Object.keys(DIRECTORY_SORTS)),
      dir: fc.constantFrom('asc', 'desc'),
      page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      expectText(v.q, { max: 100 })
      if (v.state !== undefined) expect(isStateCode(v.state)).toBe(true)
      for (const [value, list] of [
        [v.campaign, Object.keys(DIRECTORY_CAMPAIGNS)],
        [v.population, Object.keys(POPULATION_BANDS)],
        [v.stage, Object.keys(COMPLIANCE_STAGES)],
        [v.dir, ['asc', 'desc']],
      ] as const)
        if (value !== undefined) expectOneOf(value, list)
      expect(typeof v.overdue).toBe('boolean')
      expectOneOf(v.sort, Object.keys(DIRECTORY_SORTS))
      expectInteger(v.page, 1, 10_000)
    },
    roundTrip: (v) => ({ ...v, overdue: v.overdue ? '1' : '', page: String(v.page) }),
    // The search words are normalised (controls and all) before a query sees them.
    exempt: ['q'],
  },
  'peers.peerQuerySchema': {
    keys: ['state', 'region', 'hazard', 'campaign', 'ahead', 'population', 'page'],
    alwaysParses: true,
    valid: fc.record({
      state: fc.constantFrom('1', ''),
      region: fc.constantFrom('1', ''),
      hazard: fc.constantFrom(...HAZARD_CODES),
      campaign: fc.constantFrom('1', ''),
      ahead: fc.constantFrom('1', ''),
      population: fc.constantFrom(...Object.keys(PEER_POPULATION_BANDS)),
      page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      for (const tick of [v.state, v.region, v.campaign, v.ahead]) expect(typeof tick).toBe('boolean')
      if (v.hazard !== undefined) expectOneOf(v.hazard, HAZARD_CODES)
      if (v.population !== undefined) expectOneOf(v.population, Object.keys(PEER_POPULATION_BANDS))
      expectInteger(v.page, 1, 10_000)
    },
    roundTrip: (v) => ({
      ...v,
      state: v.state ? '1' : '',
      region: v.region ? '1' : '',
      campaign: v.campaign ? '1' : '',
      ahead: v.ahead ? '1' : '',
      page: String(v.page),
    }),
  },
  'moderation.rejectPledgeSchema': {
    keys: ['pledgeId', 'reason', 'note'],
    valid: fc.record(
      { pledgeId: cuid, reason: fc.constantFrom(...Object.keys(REJECTION_REASONS)), note: words(1900) },
      { requiredKeys: ['pledgeId', 'reason'] },
    ),
    check: (v) => {
      expect(v.pledgeId).toMatch(idPattern)
      expectOneOf(v.reason, Object.keys(REJECTION_REASONS))
      expectOptionalText(v.note, { max: 2000 }, undefined)
    },
    roundTrip: (v) => v,
  },
  'moderation.approveSelectedSchema': {
    keys: ['pledgeIds'],
    valid: fc.record({ pledgeIds: fc.array(cuid, { minLength: 1, maxLength: 100 }) }),
    check: (v) => {
      expect(v.pledgeIds.length).toBeGreaterThanOrEqual(1)
      expect(v.pledgeIds.length).toBeLessThanOrEqual(100)
      for (const id of v.pledgeIds) expect(id).toMatch(idPattern)
    },
    roundTrip: (v) => v,
  },
  'moderation.reviewQueueFilterSchema': {
    keys: ['campaign', 'page'],
    alwaysParses: true,
    valid: fc.record({ campaign: slug, page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')) }),
    check: (v) => {
      if (v.campaign !== undefined) expect(v.campaign).toMatch(/^[a-z0-9-]{1,60}$/)
      expectInteger(v.page, 1, 10_000)
    },
    roundTrip: (v) => ({ ...v, page: String(v.page) }),
  },
  'moderation.reviewQueuePageSchema': {
    keys: ['campaign', 'page', 'approved', 'failed', 'rejected', 'problem'],
    alwaysParses: true,
    valid: fc.record(
      {
        campaign: slug,
        page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')),
        approved: writtenInteger(0, 100).map((p) => p.replace(/,/g, '')),
        failed: writtenInteger(0, 100).map((p) => p.replace(/,/g, '')),
        rejected: fc.constant('1'),
        problem: fc.constantFrom('none-selected', 'changed', 'missing'),
      },
      { requiredKeys: ['page'] },
    ),
    check: (v) => {
      if (v.campaign !== undefined) expect(v.campaign).toMatch(/^[a-z0-9-]{1,60}$/)
      expectInteger(v.page, 1, 10_000)
      for (const count of [v.approved, v.failed]) if (count !== undefined) expectInteger(count, 0, Infinity)
      for (const text of [v.rejected, v.problem])
        if (text !== undefined) expectText(text, { max: 1000, trimmed: false })
    },
    roundTrip: (v) => ({
      ...v,
      page: String(v.page),
      approved: v.approved === undefined ? undefined : String(v.approved),
      failed: v.failed === undefined ? undefined : String(v.failed),
    }),
  },
  'search-params.pageQuerySchema': {
    keys: ['page'],
    alwaysParses: true,
    valid: fc.record({ page: writtenInteger(1, 10_000).map((p) => p.replace(/,/g, '')) }),
    check: (v) => expectInteger(v.page, 1, 10_000),
    roundTrip: (v) => ({ page: String(v.page) }),
  },
  'pledge.campaignStepSchema': {
    keys: ['campaign'],
    valid: fc.record({ campaign: fc.oneof(slug, fc.constantFrom('rc4a', 'compact-of-mayors')) }),
    check: (v) => expect(v.campaign).toMatch(/^[a-z0-9-]{1,60}$/),
    roundTrip: (v) => v,
  },
  'pledge.chosenMunicipalitySchema': {
    keys: ['municipalityId'],
    valid: fc.record({ municipalityId: anyId }),
    check: (v) => expect(v.municipalityId).toMatch(idPattern),
    roundTrip: (v) => v,
  },
  'pledge.newMunicipalitySchema': {
    keys: ['name', 'state', 'population'],
    valid: validNewMunicipality,
    check: checkNewMunicipality,
    roundTrip: (v) => ({ ...v, population: String(v.population) }),
  },
  'pledge.signatoryStepSchema': {
    keys: ['signatoryName', 'signatoryTitle', 'email', 'phone', 'mandateType'],
    valid: validSignatory,
    check: checkSignatory,
    roundTrip: (v) => v,
  },
  'pledge.commitmentsStepSchema': {
    keys: ['pledgeTextId', 'agreed'],
    valid: fc.record({ pledgeTextId: cuid, agreed: fc.array(cuid, { maxLength: 50 }) }),
    check: (v) => {
      expect(v.pledgeTextId).toMatch(idPattern)
      expect(v.agreed.length).toBeLessThanOrEqual(50)
      for (const id of v.agreed) expect(id).toMatch(idPattern)
    },
    roundTrip: (v) => v,
  },
  'pledge.pledgeSubmissionSchema': {
    keys: ['campaign', 'municipality', 'signatory', 'mandateDocumentId', 'pledgeTextId', 'agreed'],
    valid: fc.record(
      {
        campaign: fc.constantFrom('rc4a', 'compact-of-mayors'),
        municipality: fc.oneof(
          anyId.map((id) => ({ kind: 'existing', id })),
          validNewMunicipality.map((m) => ({ kind: 'new', ...m })),
        ),
        signatory: validSignatory,
        mandateDocumentId: cuid,
        pledgeTextId: cuid,
        agreed: fc.array(cuid, { maxLength: 50 }),
      },
      { requiredKeys: ['campaign', 'municipality', 'signatory', 'pledgeTextId', 'agreed'] },
    ),
    check: (v) => {
      expect(v.campaign).toMatch(/^[a-z0-9-]{1,60}$/)
      if (v.municipality.kind === 'existing') expect(v.municipality.id).toMatch(idPattern)
      else checkNewMunicipality(v.municipality)
      checkSignatory(v.signatory)
      if (v.mandateDocumentId !== undefined) expect(v.mandateDocumentId).toMatch(idPattern)
      expect(v.pledgeTextId).toMatch(idPattern)
      for (const id of v.agreed) expect(id).toMatch(idPattern)
    },
    roundTrip: (v) => v,
  },
  'pledge.resendSchema': {
    keys: ['email'],
    valid: fc.record({ email }),
    check: (v) => expectEmail(v.email, 254),
    roundTrip: (v) => v,
  },
  'portal.signInLinkSchema': {
    keys: ['linkEmail', 'callbackUrl'],
    valid: fc.record({
      linkEmail: email,
      callbackUrl: fc.constantFrom('/portal', '/portal/a', '/admin', 'x'),
    }),
    check: (v) => {
      expectEmail(v.linkEmail, 254)
      expect(v.linkEmail).toBe(v.linkEmail.toLowerCase())
      expectSameSitePath(v.callbackUrl)
      expect(v.callbackUrl).toMatch(/^\/portal(?:$|[/?])/)
    },
    roundTrip: (v) => v,
  },
  'portal.inviteOfficialSchema': {
    keys: ['email', 'name', 'title'],
    valid: fc.record({ email, name: words(110), title: words(110) }),
    check: (v) => {
      expectEmail(v.email, 254)
      expectText(v.name, { min: 1, max: 120, plain: true })
      expectText(v.title, { min: 1, max: 120, plain: true })
    },
    roundTrip: (v) => v,
  },
  'portal.portalSlugSchema': {
    valid: slug,
    check: (v) => expect(v).toMatch(/^[a-z0-9-]{1,120}$/),
    roundTrip: (v) => v,
  },
  'portal.officialLinkSchema': {
    keys: ['userId', 'municipalityId'],
    valid: fc.record({ userId: cuid, municipalityId: cuid }),
    check: (v) => {
      expect(v.userId).toMatch(idPattern)
      expect(v.municipalityId).toMatch(idPattern)
    },
    roundTrip: (v) => v,
  },
  'portal.targetIdSchema': {
    valid: cuid,
    check: (v) => expect(v).toMatch(idPattern),
    roundTrip: (v) => v,
  },
  'reports.returnReportSchema': {
    keys: ['feedback'],
    valid: fc.record({ feedback: words(3000) }),
    check: (v) => expectText(v.feedback, { min: 1, max: 4000 }),
    roundTrip: (v) => v,
  },
  'resource-query.resourceQuerySchema': {
    keys: ['q', 'topic', 'stage', 'kind', 'page'],
    alwaysParses: true,
    valid: fc.record({
      q: words(190),
      topic: fc.constantFrom(...RESOURCE_TOPIC_CODES),
      stage: fc.constantFrom(...RESOURCE_STAGE_CODES),
      kind: fc.constantFrom(...RESOURCE_KIND_CODES),
      page: writtenInteger(1, 1000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      expectText(v.q, { max: 200 })
      if (v.topic !== undefined) expectOneOf(v.topic, RESOURCE_TOPIC_CODES)
      if (v.stage !== undefined) expectOneOf(v.stage, RESOURCE_STAGE_CODES)
      if (v.kind !== undefined) expectOneOf(v.kind, RESOURCE_KIND_CODES)
      expectInteger(v.page, 1, 1000)
    },
    roundTrip: (v) => ({ ...v, page: String(v.page) }),
    exempt: ['q'],
  },
  'site-search.siteSearchQuerySchema': {
    keys: ['q'],
    alwaysParses: true,
    valid: fc.record({ q: words(190) }),
    check: (v) => expectText(v.q, { max: 200 }),
    roundTrip: (v) => v,
    exempt: ['q'],
  },
  'solutions.solutionQuerySchema': {
    keys: ['q', 'hazard', 'sector', 'cost', 'page'],
    alwaysParses: true,
    valid: fc.record({
      q: words(190),
      hazard: fc.constantFrom(...HAZARD_CODES),
      sector: fc.constantFrom(...SOLUTION_SECTOR_CODES),
      cost: fc.constantFrom(...COST_BAND_CODES),
      page: writtenInteger(1, 1000).map((p) => p.replace(/,/g, '')),
    }),
    check: (v) => {
      expectText(v.q, { max: 200 })
      if (v.hazard !== undefined) expectOneOf(v.hazard, HAZARD_CODES)
      if (v.sector !== undefined) expectOneOf(v.sector, SOLUTION_SECTOR_CODES)
      if (v.cost !== undefined) expectOneOf(v.cost, COST_BAND_CODES)
      expectInteger(v.page, 1, 1000)
    },
    roundTrip: (v) => ({ ...v, page: String(v.page) }),
    exempt: ['q'],
  },
  'targets.targetTypeSchema': {
    valid: fc.constantFrom(...TARGET_TYPE_CODES),
    check: (v) => expectOneOf(v, TARGET_TYPE_CODES),
    roundTrip: (v) => v,
  },
  'users.inviteUserSchema': {
    keys: ['email', 'name', 'role', 'municipalitySlug', 'title'],
    valid: fc
      .record({
        email,
        name: words(110),
        role: fc.constantFrom(...USER_ROLES),
        municipalitySlug: slug,
        title: words(110),
      })
      .map((v) => v),
    check: (v) => {
      expectEmail(v.email, 320)
      expectText(v.name, { min: 1, max: 120 })
      expectOneOf(v.role, USER_ROLES)
      if (v.municipalitySlug !== undefined) expectText(v.municipalitySlug, { max: 120 })
      if (v.role === 'OFFICIAL') expect(v.municipalitySlug).toBeTruthy()
      if (v.title !== undefined) expectText(v.title, { max: 120 })
    },
    roundTrip: (v) => v,
  },
  'users.changeRoleSchema': {
    keys: ['userId', 'role'],
    valid: fc.record({ userId: cuid, role: fc.constantFrom(...STAFF_ROLES) }),
    check: (v) => {
      expect(v.userId).toMatch(idPattern)
      expectOneOf(v.role, STAFF_ROLES)
    },
    roundTrip: (v) => v,
  },
  'users.setActiveSchema': {
    keys: ['userId', 'active'],
    valid: fc.record({ userId: cuid, active: fc.constantFrom('0', '1') }),
    check: (v) => {
      expect(v.userId).toMatch(idPattern)
      expect(typeof v.active).toBe('boolean')
    },
    roundTrip: (v) => ({ ...v, active: v.active ? '1' : '0' }),
  },
  'users.acceptInvitationSchema': {
    keys: ['password', 'confirmPassword'],
    exempt: ['password', 'confirmPassword'],
    valid: validPassword,
    check: checkPassword,
    roundTrip: (v) => v,
  },
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Input of every shape: any value, an object with (some of) the schema's keys, a naive read of a form,
 * and valid input with some fields made hostile (so the other fields' checks pass and these are reached).
 */
function hostileInput(spec: Spec): fc.Arbitrary<unknown> {
  if (!spec.keys) return spec.valid ? fc.oneof(hostileValue, spec.valid) : hostileValue
  const shapes = [hostileValue, hostileRecord(spec.keys), formShaped(spec.keys)]
  if (!spec.valid) return fc.oneof(...shapes)
  const spoiled = fc
    .tuple(spec.valid, hostileRecord(spec.keys))
    .map(([valid, hostile]) => ({ ...(valid as object), ...hostile }))
  return fc.oneof(...shapes, spoiled, spoiled)
}

function expectKept(spec: Spec, out: unknown, input: unknown) {
  spec.check(out, input)
  expectStorable(out, spec.exempt)
}

describe('zod schemas under random and hostile input', () => {
  it('has a row for every exported schema, and no row for a schema that is gone', () => {
    expect(schemas.map((x) => x.key).sort()).toEqual(Object.keys(specs).sort())
  })

  for (const { key, schema } of schemas) {
    const spec = specs[key]
    if (!spec) continue
    describe(key, () => {
      it(
        'never throws, and whatever it accepts keeps its promises',
        () => {
          fc.assert(
            fc.property(hostileInput(spec), (input) => {
              const result = schema.safeParse(input)
              if (result.success) expectKept(spec, result.data, input)
              else expect(result.error.issues.length).toBeGreaterThan(0)
              if (spec.alwaysParses && input && typeof input === 'object' && !Array.isArray(input))
                expect(result.success).toBe(true)
            }),
            { numRuns: HOSTILE_RUNS },
          )
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        },
        TIMEOUT,
      )

      if (spec.valid)
        it(
          'accepts valid input, and its output read back is the same output',
          () => {
            fc.assert(
              fc.property(spec.valid!, (input) => {
                const result = schema.safeParse(input)
                expect(result.error?.issues ?? []).toEqual([])
                expectKept(spec, result.data, input)
                if (spec.roundTrip) expect(schema.parse(spec.roundTrip(result.data))).toEqual(result.data)
              }),
              { numRuns: VALID_RUNS },
            )
          },
          TIMEOUT,
        )
    })
  }
})
