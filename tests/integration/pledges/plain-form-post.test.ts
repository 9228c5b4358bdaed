// The pledge forms posted without JavaScript (POST /pledge/submit/<form>): the real route and domain
// functions on the test database, with Next's request scope (cookies, headers) stood in for, and the
// server's own page render answered by a small HTTP server standing in for `next start`.
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { POST } from '@/app/pledge/submit/[form]/route'
import { openValue } from '@/server/pledges/signed-value'
import { submitPledge } from '@/server/pledges/submit-pledge'
import {
  campaignWithText,
  nextIp,
  referencePlace,
  tokenFromOutbox,
  validSubmission,
} from '../../fixtures/factories'
import { pdfBytes } from '../../helpers/pdf'

const scope = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }))
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void scope.cookies.set(name, value),
  }),
  headers: async () => scope.headers,
}))

const SITE = 'http://127.0.0.1:4999'
let pageServer: Server
let origin: string
const rendered: { path: string; cookie: string }[] = []

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  pageServer = createServer((req, res) => {
    rendered.push({ path: req.url ?? '', cookie: req.headers.cookie ?? '' })
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>the step page</h1>')
  })
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve))
  const address = pageServer.address()
  if (typeof address !== 'object' || !address) throw new Error('no address')
  origin = `http://127.0.0.1:${address.port}`
  vi.stubEnv('__NEXT_PRIVATE_ORIGIN', origin)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await new Promise((resolve) => pageServer.close(resolve))
})
beforeEach(() => {
  scope.cookies.clear()
  scope.headers = new Headers({ 'x-forwarded-for': nextIp() })
  rendered.length = 0
})

function post(form: string, body: FormData, headers: Record<string, string> = {}, search = '') {
  const request = new Request(`${SITE}/pledge/submit/${form}${search}`, {
    method: 'POST',
    body,
    headers: { host: '127.0.0.1:4999', origin: SITE, 'sec-fetch-site': 'same-origin', ...headers },
  })
  return POST(request, { params: Promise.resolve({ form }) })
}

const formOf = (fields: Record<string, string | Blob>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}

/** The flash the step page was rendered with: what the visitor sees after the refused post. */
function renderedFlash() {
  const cookie = rendered.at(-1)?.cookie.match(/pledge-flash=([^;]+)/)?.[1]
  return openValue('pledge-flash', cookie, 60_000) as {
    form: string
    state: { fieldErrors: Record<string, string>; values: Record<string, string> }
  } | null
}

const signatory = (overrides: Record<string, string | Blob> = {}) =>
  formOf({
    signatoryName: 'Pat Mayor',
    signatoryTitle: 'Mayor',
    email: 'pat@city.gov',
    phone: '',
    mandateType: 'LETTER',
    ...overrides,
  })

const pdf = (size: number) =>
  new File([pdfBytes(size) as Uint8Array<ArrayBuffer>], 'resolution.pdf', { type: 'application/pdf' })

describe('a pledge form posted without JavaScript', () => {
  it('a cross-origin post is refused and changes nothing', async () => {
    const before = { uploads: await db.upload.count(), pledges: await db.pledge.count() }
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example', 'sec-fetch-site': '' },
      { origin: 'null' },
      { origin: SITE, 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site', origin: '' },
    ]
    for (const headers of attempts) {
      const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''))
      const request = new Request(`${SITE}/pledge/submit/signatory`, {
        method: 'POST',
        body: signatory({ mandate: pdf(1000) }),
        headers: { host: '127.0.0.1:4999', ...clean },
      })
      const res = await POST(request, { params: Promise.resolve({ form: 'signatory' }) })
      expect(res.status, JSON.stringify(headers)).toBe(403)
    }
    expect(scope.cookies.size).toBe(0)
    expect({ uploads: await db.upload.count(), pledges: await db.pledge.count() }).toEqual(before)
  })

  it('a refused answer gets the step page with status 422, the errors and the values typed', async () => {
    const uploads = await db.upload.count()
    const notPdf = new File(['just text'], 'letter.pdf', { type: 'application/pdf' })
    const res = await post('signatory', signatory({ email: 'not-an-email', mandate: notPdf }))
    expect(res.status).toBe(422)
    expect(await res.text()).toBe('<h1>the step page</h1>')
    expect(rendered.at(-1)?.path).toBe('/pledge/signatory')
    const flash = renderedFlash()
    expect(flash?.form).toBe('signatory')
    expect(flash?.state.fieldErrors.email).toMatch(/correct format/)
    expect(flash?.state.fieldErrors.mandate).toBe('The selected file must be a PDF')
    expect(flash?.state.values).toMatchObject({ signatoryName: 'Pat Mayor', email: 'not-an-email' })
    expect(await db.upload.count()).toBe(uploads)
    // The flash went only to the server's own render, never to the browser.
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(scope.cookies.has('pledge-flash')).toBe(false)
  })

  it('a PDF over 5 MB is refused next to its field, by its bytes', async () => {
    const res = await post('signatory', signatory({ mandate: pdf(5 * 1024 * 1024 + 10) }))
    expect(res.status).toBe(422)
    expect(renderedFlash()?.state.fieldErrors).toEqual({
      mandate: 'The selected file must be smaller than 5 MB',
    })
    const huge = await post('signatory', signatory({ mandate: pdf(7 * 1024 * 1024) }))
    expect(huge.status).toBe(413)
    expect(renderedFlash()?.state.fieldErrors).toEqual({
      mandate: 'The selected file must be smaller than 5 MB',
    })
  })

  it('an accepted answer is a 303 to the next step, with the draft kept', async () => {
    const place = await referencePlace(db)
    const res = await post('municipality', formOf({ municipalityId: place.id }))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/pledge/signatory')
    expect(scope.cookies.get('pledge-draft')).toBeTruthy()
    expect(rendered).toHaveLength(0)
  })

  it('the municipality search stays with a refused choice', async () => {
    const res = await post('municipality', formOf({}), {}, '?q=Spring&state=IL')
    expect(res.status).toBe(422)
    expect(rendered.at(-1)?.path).toBe('/pledge/municipality?q=Spring&state=IL')
    expect(renderedFlash()?.state.fieldErrors).toEqual({ municipalityId: 'Select your municipality' })
  })

  it('when the server cannot render its own page, the errors go to the page by a short-lived cookie', async () => {
    vi.stubEnv('__NEXT_PRIVATE_ORIGIN', '')
    vi.stubEnv('PORT', '')
    try {
      const res = await post('signatory', signatory({ email: 'nope' }))
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/pledge/signatory')
      expect(rendered).toHaveLength(0)
      const flash = openValue('pledge-flash', scope.cookies.get('pledge-flash'), 60_000)
      expect(flash).toMatchObject({ form: 'signatory', state: { values: { email: 'nope' } } })
    } finally {
      vi.stubEnv('__NEXT_PRIVATE_ORIGIN', origin)
    }
  })

  it('an unknown form is not found, and a body that is not a form is a 400', async () => {
    expect((await post('nonsense', formOf({}))).status).toBe(404)
    const request = new Request(`${SITE}/pledge/submit/campaign`, {
      method: 'POST',
      body: '--x\r\ngarbage',
      headers: { host: '127.0.0.1:4999', origin: SITE, 'content-type': 'multipart/form-data; boundary=y' },
    })
    expect((await POST(request, { params: Promise.resolve({ form: 'campaign' }) })).status).toBe(400)
  })

  it('the resend form: a bad address is a 422, a good one the usual answer', async () => {
    expect((await post('resend', formOf({ email: 'nope' }))).status).toBe(422)
    expect(renderedFlash()?.state.fieldErrors.email).toMatch(/correct format/)
    expect((await post('resend', formOf({ email: 'someone@city.gov' }))).status).toBe(200)
    expect(renderedFlash()?.state).toMatchObject({ status: 'sent', email: 'someone@city.gov' })
  })

  it('a confirmation link: confirmed once (200), then gone (410); an unknown token is not found', async () => {
    const ctx = await campaignWithText(db)
    const place = await referencePlace(db)
    const email = `plain-${Date.now()}@city.gov`
    await submitPledge({ input: validSubmission(ctx, place.id, email), ip: nextIp() })
    const token = await tokenFromOutbox(db, email, 'confirm')
    expect((await post('confirm', formOf({ token }))).status).toBe(200)
    expect(rendered.at(-1)?.path).toBe(`/pledge/confirm/${token}`)
    expect(renderedFlash()?.state).toMatchObject({ state: 'confirmed', municipalityName: place.name })
    expect((await post('confirm', formOf({ token }))).status).toBe(410)
    expect((await post('confirm', formOf({ token: 'A'.repeat(43) }))).status).toBe(404)
    expect((await post('withdraw', formOf({ token: 'A'.repeat(43) }))).status).toBe(404)
  })
})
