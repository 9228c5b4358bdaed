// Requests no browser of ours sends: each must get a 4xx (never a 5xx, never a stack trace). Sent raw
// (node:http), so paths reach the server exactly as written, without the client's normalisation.
import { randomBytes } from 'node:crypto'
import http from 'node:http'

export type MalformedCase = {
  name: string
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export type RawAnswer = { status: number; body: string; headers: http.IncomingHttpHeaders; ms: number }

/** Sends one request as written; a connection the server closes without answering counts as status 0. */
export function sendRaw(port: number, c: MalformedCase): Promise<RawAnswer> {
  const started = performance.now()
  return new Promise((resolve) => {
    const answer = (status: number, body: string, headers: http.IncomingHttpHeaders = {}) =>
      resolve({ status, body, headers, ms: performance.now() - started })
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: c.method ?? 'GET',
        path: c.path,
        headers: {
          ...(c.body !== undefined ? { 'content-length': String(Buffer.byteLength(c.body)) } : {}),
          ...c.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => chunks.push(d))
        res.on('end', () => answer(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), res.headers))
        res.on('error', () => answer(res.statusCode ?? 0, '', res.headers))
      },
    )
    req.setTimeout(30_000, () => req.destroy())
    req.on('error', () => answer(0, ''))
    if (c.body !== undefined) req.write(c.body)
    req.end()
  })
}

/** A stack frame, a source path or a raw exception name in an answer: what a user must never see. */
export function leaksInternals(body: string): string | null {
  const m =
    /\n\s+at [^\n]+:\d+:\d+/.exec(body) ??
    /\/(?:work|home|root|app|usr)\/[\w./-]+\.(?:js|ts|mjs)/.exec(body) ??
    /node_modules\//.exec(body) ??
    /\b(?:PrismaClient\w*Error|TypeError|RangeError|SyntaxError): /.exec(body)
  return m ? m[0].trim() : null
}

const sameSite = { 'sec-fetch-site': 'same-origin' }
const boundary = '----reliability' + randomBytes(6).toString('hex')
const multipart = (b = boundary) => ({ ...sameSite, 'content-type': `multipart/form-data; boundary=${b}` })
const randomActionId = () => randomBytes(21).toString('hex').slice(0, 42)
const json = { 'content-type': 'application/json' }

export const multipartCases: MalformedCase[] = [
  {
    name: 'multipart body that is not multipart',
    method: 'POST',
    path: '/pledge/submit/signatory',
    headers: multipart(),
    body: 'this is not a multipart body',
  },
  {
    name: 'multipart content type without a boundary',
    method: 'POST',
    path: '/pledge/submit/signatory',
    headers: { ...sameSite, 'content-type': 'multipart/form-data' },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--${boundary}--\r\n`,
  },
  {
    name: 'multipart body cut off in the middle of a file',
    method: 'POST',
    path: '/pledge/submit/signatory',
    headers: multipart(),
    body: `--${boundary}\r\nContent-Disposition: form-data; name="mandate"; filename="m.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 and then nothing`,
  },
  {
    name: 'multipart part without a Content-Disposition',
    method: 'POST',
    path: '/pledge/submit/campaign',
    headers: multipart(),
    body: `--${boundary}\r\nContent-Type: text/plain\r\n\r\nrc4a\r\n--${boundary}--\r\n`,
  },
  {
    name: 'form post with broken percent-encoding',
    method: 'POST',
    path: '/pledge/submit/new-municipality',
    headers: { ...sameSite, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=%E0%A4%A&state=%ZZ&population=%',
  },
  {
    name: 'server action post to a page with a bad multipart body',
    method: 'POST',
    path: '/pledge',
    headers: { ...multipart(), 'next-action': randomActionId() },
    body: 'garbage',
  },
]

export const oversizedCases: MalformedCase[] = [
  {
    name: 'a 7 MB upload to the signatory form',
    method: 'POST',
    path: '/pledge/submit/signatory',
    headers: multipart(),
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="mandate"; filename="m.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      ),
      Buffer.alloc(7 * 1024 * 1024, 'a'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  },
  {
    name: 'a 7 MB post to a form without a file field',
    method: 'POST',
    path: '/pledge/submit/campaign',
    headers: { ...sameSite, 'content-type': 'application/x-www-form-urlencoded' },
    body: `campaign=${'a'.repeat(7 * 1024 * 1024)}`,
  },
  {
    name: 'a 7 MB server action body',
    method: 'POST',
    path: '/pledge',
    headers: { ...multipart(), 'next-action': randomActionId() },
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="1_campaign"\r\n\r\n`),
      Buffer.alloc(7 * 1024 * 1024, 'a'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  },
  {
    name: 'a 7 MB JSON body to the pledge API',
    method: 'POST',
    path: '/api/pledges',
    headers: json,
    body: JSON.stringify({ campaign: 'rc4a', padding: 'a'.repeat(7 * 1024 * 1024) }),
  },
]

export const actionCases: MalformedCase[] = [
  {
    name: 'an unknown action id, as the JavaScript client sends it',
    method: 'POST',
    path: '/pledge',
    headers: { ...sameSite, 'next-action': randomActionId(), 'content-type': 'text/plain;charset=UTF-8' },
    body: '[]',
  },
  {
    name: 'an unknown action id in a form post',
    method: 'POST',
    path: '/pledge/signatory',
    headers: { ...multipart(), 'next-action': randomActionId() },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nx@y.gov\r\n--${boundary}--\r\n`,
  },
  {
    name: 'an action id that is not hex',
    method: 'POST',
    path: '/members',
    headers: { ...sameSite, 'next-action': '../../etc/passwd', 'content-type': 'text/plain' },
    body: '[]',
  },
  {
    name: 'an unknown action id on a route handler',
    method: 'POST',
    path: '/api/pledges',
    headers: { ...json, 'next-action': randomActionId() },
    body: '{}',
  },
]

const traversals = [
  '/members/..%2f..%2fetc%2fpasswd',
  '/members/..%2F..%2F..%2Fpackage.json',
  '/members/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/members/..%5c..%5cpackage.json',
  '/members/%252e%252e%252fetc%252fpasswd',
  '/images/..%2f..%2fetc%2fpasswd',
  '/images/%2e%2e%2f%2e%2e%2f.env',
  '/badge/..%2f..%2fpackage.json',
  '/api/v1/municipalities/..%2f..%2fetc%2fpasswd',
  '/api/v1/campaigns/..%2f..%2fpackage.json',
  '/members/x/emissions.svg/..%2f..%2f..%2fpackage.json',
  '/_next/static/..%2f..%2fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75',
  '/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=64&q=75',
]
export const traversalCases: MalformedCase[] = [
  ...traversals.map((path) => ({ name: path, path })),
  {
    name: 'POST /pledge/submit/..%2f..%2fpackage.json',
    method: 'POST',
    path: '/pledge/submit/..%2f..%2fpackage.json',
  },
]

// Dot segments sent as they are: the server resolves them (as a browser would have) and must not leave the app.
export const dotSegmentPaths = [
  '/images/../../',
  '/images/../../etc/passwd',
  '/_next/static/../../package.json',
]

const slugs = [
  ['a right-to-left mark', '%E2%80%8Fspringfield-il'],
  ['a right-to-left override', 'evil%E2%80%AEfdp.exe'],
  ['a NUL byte', 'springfield%00-il'],
  ['an overlong UTF-8 dot', '%C0%AE%C0%AE%C0%AF'],
  ['a lone surrogate', '%ED%A0%80'],
  ['broken percent-encoding', '%E0%A4%A'],
  ['a bare percent sign', '100%'],
  ['an emoji', '%F0%9F%8C%8D-city'],
  ['combining characters', 'e%CC%81%CC%81%CC%81%CC%81'],
  ['a very long slug', 'a'.repeat(4000)],
  ['a zero-width joiner', 'spring%E2%80%8Dfield'],
  ['a byte-order mark', '%EF%BB%BFspringfield-il'],
]
const slugRoutes = [
  '/members/',
  '/solutions/',
  '/api/v1/municipalities/',
  '/api/v1/campaigns/',
  '/images/',
  '/badge/',
]
export const slugCases: MalformedCase[] = slugs.flatMap(([what, slug]) =>
  slugRoutes.map((route) => ({ name: `${route} with ${what}`, path: `${route}${slug}` })),
)

const big = (n: number) => 'x'.repeat(n)
export const queryCases: MalformedCase[] = [
  { name: '64 KB query on the directory', path: `/members?q=${big(64 * 1024)}` },
  { name: '64 KB query on the places API', path: `/api/places?q=${big(64 * 1024)}` },
  { name: '64 KB query on the pledge API', path: `/api/pledges?campaign=${big(64 * 1024)}` },
  { name: '64 KB query on a profile', path: `/members/springfield-il?x=${big(64 * 1024)}` },
]

// Odd but within the limits: answered as usual (a page, a redirect to the form's start, "this link is not
// valid"), never a 5xx nor a stack trace.
const tokenRoutes = ['/pledge/confirm/', '/pledge/withdraw/', '/invitation/', '/reset-password/']
export const tolerableCases: MalformedCase[] = [
  ...slugs.flatMap(([what, slug]) =>
    tokenRoutes.map((route) => ({ name: `${route} with ${what}`, path: `${route}${slug}` })),
  ),
  { name: '/pledge/confirm/ with a traversal', path: '/pledge/confirm/..%2f..%2f..%2fetc%2fpasswd' },
  { name: 'GET /pledge/submit/ with a traversal', path: '/pledge/submit/..%2f..%2fpackage.json' },
  { name: '12 KB query on the directory', path: `/members?q=${big(12 * 1024)}` },
  { name: '12 KB query on the places API', path: `/api/places?q=${big(12 * 1024)}&state=IL` },
  { name: '12 KB query on the open data API', path: `/api/v1/municipalities?state=${big(12 * 1024)}` },
  { name: '12 KB query on the municipality step', path: `/pledge/municipality?q=${big(12 * 1024)}` },
  {
    name: '3000 parameters',
    path: `/members?${Array.from({ length: 3000 }, (_, i) => `p${i}=1`).join('&')}`,
  },
  { name: 'repeated page parameters', path: `/api/v1/municipalities?page=1&page=x&page=-1&limit=1e309` },
]

export const jsonCases: MalformedCase[] = [
  ['not JSON', '{'],
  ['JSON null', 'null'],
  ['a JSON string', '"pledge"'],
  ['a JSON array', '[]'],
  ['wrong types everywhere', JSON.stringify({ campaign: {}, municipality: [], signatory: 1, agreed: 'x' })],
  [
    'a municipality of an unknown kind',
    JSON.stringify({ campaign: 'rc4a', municipality: { kind: 'other' } }),
  ],
  ['deep nesting', '['.repeat(20_000) + ']'.repeat(20_000)],
  [
    'a NUL in every field',
    JSON.stringify({ campaign: 'rc4a\u0000', municipality: { kind: 'existing', id: 'a\u0000b' } }),
  ],
  ['a lone surrogate', '{"campaign":"\\ud800","website":"\\udfff"}'],
  ['an empty body', ''],
].map(([what, body]) => ({
  name: `POST /api/pledges with ${what}`,
  method: 'POST',
  path: '/api/pledges',
  headers: json,
  body,
}))

export const methodCases: MalformedCase[] = [
  ['PUT', '/api/pledges'],
  ['DELETE', '/api/pledges'],
  ['PATCH', '/api/places'],
  ['POST', '/api/v1/municipalities'],
  ['DELETE', '/api/v1/campaigns'],
  ['PUT', '/data/signatories.csv'],
  ['POST', '/feed.xml'],
  ['DELETE', '/pledge/submit/campaign'],
  ['PUT', '/images/abc'],
  ['POST', '/badge/x.svg'],
  ['POST', '/members'],
  ['PUT', '/members'],
  ['DELETE', '/pledge'],
].map(([method, path]) => ({ name: `${method} ${path}`, method, path: path! }))

// ---- issue 14: refusals with an exact status ----

export type RefusedCase = MalformedCase & { status: number }
const evil = 'http://evil.example'
const form = { 'content-type': 'application/x-www-form-urlencoded' }

/** Cross-site posts and a pledge API body that is not JSON (L1, L3, L4): each has one right answer. */
export const crossSiteCases = (port: number): RefusedCase[] => [
  ...[
    ['a text/plain body', { 'content-type': 'text/plain' }],
    ['no content type', {}],
  ].map(([what, headers]) => ({
    name: `POST /api/pledges with ${what}`,
    method: 'POST',
    path: '/api/pledges',
    headers: headers as Record<string, string>,
    body: '{"campaign":"rc4a"}',
    status: 415,
  })),
  ...[
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['an Origin of another site', { origin: evil }],
  ].map(([what, headers]) => ({
    name: `POST /api/pledges with ${what}`,
    method: 'POST',
    path: '/api/pledges',
    headers: { ...json, ...(headers as Record<string, string>) },
    body: '{"campaign":"rc4a"}',
    status: 403,
  })),
  {
    name: 'a server action from another site',
    method: 'POST',
    path: '/pledge',
    headers: { origin: evil, 'next-action': randomActionId(), 'content-type': 'text/plain;charset=UTF-8' },
    body: '[]',
    status: 403,
  },
  {
    name: 'a form post to a page from another site',
    method: 'POST',
    path: '/',
    headers: { ...form, 'sec-fetch-site': 'cross-site' },
    body: 'a=1',
    status: 403,
  },
  {
    name: 'a pledge form post from this host over https',
    method: 'POST',
    path: '/pledge/submit/campaign',
    headers: { ...form, origin: `https://127.0.0.1:${port}` },
    body: 'campaign=rc4a',
    status: 403,
  },
  {
    name: 'a pledge form post from this host on another port',
    method: 'POST',
    path: '/pledge/submit/campaign',
    headers: { ...form, origin: `http://127.0.0.1:${port + 1}` },
    body: 'campaign=rc4a',
    status: 403,
  },
]
