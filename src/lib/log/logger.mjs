// The server's one logger: JSON lines on stdout (pino), with the request id of the request being handled.
// Plain JavaScript so that src/cache-handler.mjs, which Next.js loads outside the bundle, shares it; the
// app's code uses src/server/log.ts. One instance per process, kept on globalThis: every bundle that
// imports this file (instrumentation, each route) gets the same logger and the same request context.
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import { format } from 'node:util'
import pino from 'pino'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

// Keys whose values never reach the log, at any of the first three levels of a logged object.
const SECRET_KEYS = [
  'password',
  'newPassword',
  'passwordHash',
  'token',
  'sessionToken',
  'accessToken',
  'refreshToken',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'AUTH_SECRET',
  'DATABASE_URL',
  'SMTP_URL',
  'REDIS_URL',
]
const key = (k) => (/^[A-Za-z_]\w*$/.test(k) ? `.${k}` : `["${k}"]`)
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [
  key(k).replace(/^\./, ''),
  `*${key(k)}`,
  `*.*${key(k)}`,
])

// Paths of the links in emails whose last segment is a single-use token (src/server/**/*-emails.ts,
// invite-user, request-password-reset): a request path or URL that names one is logged without it.
const TOKEN_PATH =
  /(\/(?:pledge\/confirm|pledge\/withdraw|invitation|reset-password)\/)(?!accepted\b|\[)[^/?#\s"'<>]+/g
const TOKEN_PARAM = /([?&](?:token|code|secret|password)=)[^&#\s"'<>]+/gi
const URL_CREDENTIALS = /(\b[a-z][\w+.-]*:\/\/[^:/@\s"'<>]*:)[^@/\s"'<>]+@/gi
const ANSI = /\u001b\[[0-9;]*m/g

/** A log-safe copy of a text: tokens in links, URL passwords and AUTH_SECRET are replaced by [redacted]. */
export function scrub(text) {
  let out = text
    .replace(ANSI, '')
    .replace(TOKEN_PATH, '$1[redacted]')
    .replace(TOKEN_PARAM, '$1[redacted]')
    .replace(URL_CREDENTIALS, '$1[redacted]@')
  const secret = process.env.AUTH_SECRET
  if (secret && secret.length >= 16) out = out.split(secret).join('[redacted]')
  return out
}

function scrubDeep(value, depth = 0) {
  if (typeof value === 'string') return scrub(value)
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof Error) return value
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1))
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]))
}

function serializeError(err) {
  const s = pino.stdSerializers.err(err)
  if (!s || typeof s !== 'object') return s
  return scrubDeep({ ...s })
}

const state = (globalThis[Symbol.for('leadership-campaigns.log')] ??= {
  context: new AsyncLocalStorage(),
  logger: undefined,
  reportedErrors: new WeakSet(),
  recentDigests: new Set(),
  requestIds: false,
  console: false,
})

/** The current request's id, when the code runs while a request is handled. */
export function currentRequestId() {
  return state.context.getStore()?.requestId
}

/** Runs fn with a request id in the log context (tests, scripts that act for a request). */
export function withRequestId(requestId, fn) {
  return state.context.run({ requestId }, fn)
}

/** A logger with this site's redaction; `destination` lets tests read what it writes. */
export function createLogger({ level, destination } = {}) {
  const chosen = level ?? process.env.LOG_LEVEL
  return pino(
    {
      level: LOG_LEVELS.includes(chosen) ? chosen : 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => scrubDeep(bindings),
        log: (obj) => scrubDeep(obj),
      },
      serializers: { err: serializeError, msg: (m) => (typeof m === 'string' ? scrub(m) : m) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin: () => {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
    },
    destination,
  )
}

/** The process's logger. */
export function rootLogger() {
  return (state.logger ??= createLogger())
}

/** Replaces the process's logger for loggers made from now on (tests read what the code logs). */
export function setRootLogger(logger) {
  const previous = state.logger
  state.logger = logger
  return previous
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** The incoming X-Request-Id when it has a safe shape (nginx's $request_id does), else a new one. */
export function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header
  return typeof value === 'string' && REQUEST_ID.test(value) ? value : randomUUID()
}

/**
 * Gives every HTTP request the server receives a request id before Next.js sees it: set on the request's
 * X-Request-Id header (so headers() and onRequestError see it), on the response, and in the log context of
 * everything the request runs. Node publishes each request on this channel synchronously just before the
 * server's 'request' event, so entering the context here covers the whole handling of the request,
 * cached pages included, without a proxy (middleware) on every path.
 */
export function installRequestIds() {
  if (state.requestIds) return
  state.requestIds = true
  subscribe('http.server.request.start', ({ request, response }) => {
    const requestId = requestIdFrom(request.headers['x-request-id'])
    request.headers['x-request-id'] = requestId
    if (!response.headersSent) response.setHeader('x-request-id', requestId)
    state.context.enterWith({ requestId })
  })
}

/** Marks an error as logged with its request's context, so the framework's own report of it is dropped. */
export function markErrorReported(err) {
  if (err && typeof err === 'object') state.reportedErrors.add(err)
}

/**
 * True the first time an error is reported for a request. Next.js can report one render error twice (from
 * the render and again from the page's response); the second report is the same object or the same digest.
 */
export function firstReport(err, requestId) {
  if (err && typeof err === 'object' && state.reportedErrors.has(err)) return false
  markErrorReported(err)
  const digest = err && typeof err === 'object' ? err.digest : undefined
  if (typeof digest !== 'string' || !requestId) return true
  const key = `${requestId} ${digest}`
  const recent = (state.recentDigests ??= new Set())
  if (recent.has(key)) return false
  recent.add(key)
  if (recent.size > 1000) recent.delete(recent.values().next().value)
  return true
}

/**
 * Sends console output (Next.js's own messages, libraries) through the logger as JSON lines. Next.js prints
 * a request error just before it calls onRequestError with the same error; the console copy waits one turn
 * and is dropped when onRequestError has logged the error, so each error is logged once, with its context.
 */
export function routeConsoleToLogger(logger = rootLogger()) {
  if (state.console) return () => {}
  state.console = true
  const original = { ...console }
  const text = (args) => format(...args).trim()
  const write =
    (level) =>
    (...args) => {
      const err = args.find((a) => a instanceof Error)
      if (!err) {
        const message = text(args)
        if (message) logger[level](message)
        return
      }
      const rest = args.filter((a) => a !== err)
      setImmediate(() => {
        if (!state.reportedErrors.has(err)) logger[level]({ err }, text(rest) || err.message)
      })
    }
  console.error = write('error')
  console.warn = write('warn')
  console.info = write('info')
  console.log = write('info')
  console.debug = write('debug')
  return () => {
    Object.assign(console, original)
    state.console = false
  }
}
