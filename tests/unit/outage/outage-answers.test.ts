// What a visitor gets while the database is away (decision 0012): the 503 page and JSON, and which driver
// errors count as the database being away.
import { describe, expect, test } from 'vitest'
import { OUTAGE_TITLE } from '@/lib/outage'
import { databaseOutageResponse } from '@/server/outage/database-outage-response'
import { isConnectionError } from '@/server/outage/is-connection-error'

describe('databaseOutageResponse', () => {
  test('a page: 503, Retry-After, not cached, a self-contained accessible document', async () => {
    const response = databaseOutageResponse(new Request('http://localhost/pledge/signatory'))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'/,
    )
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain(`<h1>${OUTAGE_TITLE}</h1>`)
    expect(html).toContain('Nothing you saved before is lost.')
    expect(html).toContain('<a href="/">Go to the home page</a>')
    expect(html).not.toMatch(/<script|<link/)
  })

  test('under /api/: JSON with the same status and headers', async () => {
    const response = databaseOutageResponse(new Request('http://localhost/api/pledges', { method: 'POST' }))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect((await response.json()).error.code).toBe('unavailable')
  })

  test('HEAD: no body', async () => {
    const response = databaseOutageResponse(new Request('http://localhost/signin', { method: 'HEAD' }))
    expect(response.status).toBe(503)
    expect(await response.text()).toBe('')
  })
})

describe('isConnectionError', () => {
  const adapterError = (cause: object) =>
    Object.assign(new Error('driver'), { name: 'DriverAdapterError', cause })
  const socketError = (code: string) =>
    Object.assign(new Error(code), { code, syscall: 'connect', errno: -1 })

  test.each([
    ['unreachable', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['closed', adapterError({ kind: 'ConnectionClosed' })],
    ['too many connections', adapterError({ kind: 'TooManyConnections', cause: '' })],
    ['shutting down', adapterError({ kind: 'postgres', code: '57P01', originalCode: '57P01' })],
    ['starting up', adapterError({ kind: 'postgres', code: '57P03' })],
    ['connection exception', adapterError({ kind: 'postgres', code: '08006' })],
    ['refused socket', socketError('ECONNREFUSED')],
    ['cut off mid-query', new Error('Connection terminated unexpectedly')],
    ['no connection in time', new Error('timeout exceeded when trying to connect')],
  ])('%s: the database is away', (_, e) => expect(isConnectionError(e)).toBe(true))

  test.each([
    [
      'unique constraint',
      adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['slug'] } }),
    ],
    ['syntax error', adapterError({ kind: 'postgres', code: '42601' })],
    ['a missing database (configuration)', adapterError({ kind: 'DatabaseDoesNotExist' })],
    ['any other error', new Error('Something else')],
    ['not an error', 'ECONNREFUSED'],
  ])('%s: not an outage', (_, e) => expect(isConnectionError(e)).toBe(false))
})
