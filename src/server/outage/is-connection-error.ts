import 'server-only'

// Kinds of DriverAdapterError (@prisma/adapter-pg) that mean "no usable connection".
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
])
// PostgreSQL SQLSTATEs: admin/crash shutdown, starting up, too many clients; class 08 is connection exceptions.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
])
// node-postgres's own errors for a connection lost mid-query, or none to be had in time.
const PG_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/

type Cause = { kind?: unknown; code?: unknown; originalCode?: unknown }

/** Whether an error from the database driver means the database cannot be reached, not that a query was wrong. */
export function isConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  if (e.name === 'DriverAdapterError' && typeof e.cause === 'object' && e.cause) {
    const cause = e.cause as Cause
    if (typeof cause.kind === 'string' && UNAVAILABLE_KINDS.has(cause.kind)) return true
    const code = String(cause.originalCode ?? cause.code ?? '')
    return cause.kind === 'postgres' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
  }
  const code = (e as { code?: unknown }).code
  return (typeof code === 'string' && SOCKET_CODES.has(code)) || PG_MESSAGES.test(e.message)
}
