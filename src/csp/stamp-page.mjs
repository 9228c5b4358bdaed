// Gives a page that Next.js is about to cache its own nonce (docs/decisions/0013-content-security-policy.md).
// Next.js puts a nonce on its scripts only when the request carries one, and cached pages are rendered without
// the proxy. So when a rendered page is written to the cache, this stamps a fresh nonce on the scripts Next.js
// itself emitted, and only on those, and stores the matching policy in the entry's headers, which Next.js sends
// with every response served from that entry. Anything else that looks like a script (markup injected through
// some bug) gets no nonce, and the browser refuses to run it.
import { contentSecurityPolicy, createNonce } from './policy.mjs'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const ATTRIBUTE = /\s+([A-Za-z][\w:-]*)(?:="([^"]*)")?/g
// The framework's own files, and nothing else of the origin (no "..", no query).
const FRAMEWORK_SRC = /^\/_next\/static\/(?:[\w-]+\/)*[\w.-]+\.js$/
const EXTERNAL_ATTRIBUTES = new Set([
  'src',
  'async',
  'defer',
  'nomodule',
  'crossorigin',
  'integrity',
  'nonce',
])
const INLINE_ATTRIBUTES = new Set(['id', 'nonce'])
// A script preload (`<link rel="preload" as="script">`) is checked against script-src as well.
const LINK = /<link\b([^>]*)>/gi
const PRELOAD_ATTRIBUTES = new Set([
  'rel',
  'as',
  'href',
  'fetchpriority',
  'crossorigin',
  'integrity',
  'nonce',
])
// The inline scripts of a Next.js 16 page: the RSC payload's start marker, its chunks (a JSON string each: text,
// or base64 for binary rows), and Turbopack's chunk-group bootstrap.
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[([13]),("(?:[^"\\]|\\.)*")\]\)$/
const TURBOPACK_BOOTSTRAP =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[^<]*\})\);$/
const TURBOPACK_CHUNK = /^static\/chunks\/[\w.-]+\.js$/

function attributesOf(source) {
  const attributes = new Map()
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) attributes.set(name.toLowerCase(), value ?? '')
  return attributes
}

function isTurbopackBootstrap(body) {
  const match = TURBOPACK_BOOTSTRAP.exec(body)
  if (!match) return false
  try {
    const { otherChunks, runtimeModuleIds, ...rest } = JSON.parse(match[1])
    return (
      Object.keys(rest).length === 0 &&
      Array.isArray(otherChunks) &&
      otherChunks.every((chunk) => typeof chunk === 'string' && TURBOPACK_CHUNK.test(chunk)) &&
      Array.isArray(runtimeModuleIds) &&
      runtimeModuleIds.every((id) => Number.isInteger(id))
    )
  } catch {
    return false
  }
}

/** The bytes a flight chunk script adds to the RSC payload, or null when it is not one. */
function flightChunkBytes(body) {
  const match = FLIGHT_CHUNK.exec(body)
  if (!match) return null
  try {
    const text = JSON.parse(match[2])
    return match[1] === '1' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'base64')
  } catch {
    return null
  }
}

function sameBytes(chunks, rscData) {
  if (rscData == null) return false
  const payload = Buffer.isBuffer(rscData) ? rscData : Buffer.from(String(rscData), 'utf8')
  return Buffer.concat(chunks).equals(payload)
}

/**
 * Which scripts of `html` Next.js emitted: the positions (in SCRIPT match order) to stamp, and a description of
 * each script left out. The RSC payload chunks count only if together they are exactly the payload Next.js
 * cached beside the page (`rscData`): an injected chunk would change it.
 */
export function findFrameworkScripts(html, rscData) {
  const trusted = new Set()
  const flight = []
  const rejected = []
  let sawBootstrap = false
  let sawFlightStart = false
  let index = 0
  for (const [whole, rawAttributes, body] of html.matchAll(SCRIPT)) {
    const position = index++
    const attributes = attributesOf(rawAttributes)
    const names = [...attributes.keys()]
    if (attributes.has('src')) {
      if (
        FRAMEWORK_SRC.test(attributes.get('src')) &&
        names.every((n) => EXTERNAL_ATTRIBUTES.has(n)) &&
        !body
      ) {
        trusted.add(position)
      } else rejected.push(whole.slice(0, 120))
      continue
    }
    // Data blocks (JSON-LD and the like) never run, and need no nonce.
    const type = attributes.get('type')
    if (type !== undefined && type !== '' && !/^(text\/javascript|module)$/i.test(type)) continue
    const known = names.every((n) => INLINE_ATTRIBUTES.has(n))
    if (known && !sawFlightStart && body === FLIGHT_START) {
      sawFlightStart = true
      trusted.add(position)
    } else if (known && !sawBootstrap && attributes.get('id') === '_R_' && isTurbopackBootstrap(body)) {
      sawBootstrap = true
      trusted.add(position)
    } else {
      const bytes = known ? flightChunkBytes(body) : null
      if (bytes) flight.push({ position, bytes })
      else rejected.push(whole.slice(0, 120))
    }
  }
  if (flight.length > 0) {
    if (
      sameBytes(
        flight.map((f) => f.bytes),
        rscData,
      )
    ) {
      for (const f of flight) trusted.add(f.position)
    } else rejected.push(`${flight.length} RSC payload chunk(s) that differ from the cached payload`)
  }
  return { trusted, rejected }
}

function isFrameworkPreload(rawAttributes) {
  const attributes = attributesOf(rawAttributes.replace(/\/$/, ''))
  const rel = attributes.get('rel')
  return (
    (rel === 'modulepreload' || (rel === 'preload' && attributes.get('as') === 'script')) &&
    FRAMEWORK_SRC.test(attributes.get('href') ?? '') &&
    [...attributes.keys()].every((n) => PRELOAD_ATTRIBUTES.has(n))
  )
}

/** `html` with `nonce` on the preloads of the framework's own script files. */
export function stampPreloads(html, nonce) {
  return html.replace(LINK, (whole, rawAttributes) =>
    isFrameworkPreload(rawAttributes)
      ? `<link nonce="${nonce}"${rawAttributes.replace(/\s+nonce="[^"]*"/i, '')}>`
      : whole,
  )
}

/** `html` with `nonce` on the scripts at the given positions (an existing nonce is replaced). */
export function stampScripts(html, positions, nonce) {
  let index = 0
  return html.replace(SCRIPT, (whole, rawAttributes) => {
    if (!positions.has(index++)) return whole
    const rest = rawAttributes.replace(/\s+nonce="[^"]*"/i, '')
    return `<script nonce="${nonce}"${rest}>${whole.slice(whole.indexOf('>') + 1)}`
  })
}

/**
 * Stamps a cache entry's value in place, before Next.js stores it and answers the request that rendered it
 * (both use this object). New objects, not edits of the old ones: html and headers change together or not at
 * all. Returns the scripts left without a nonce.
 */
export function stampCachedPage(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return []
  const { trusted, rejected } = findFrameworkScripts(value.html, value.rscData)
  const nonce = createNonce()
  const html = stampPreloads(stampScripts(value.html, trusted, nonce), nonce)
  value.headers = { ...value.headers, 'content-security-policy': contentSecurityPolicy(nonce) }
  value.html = html
  return rejected
}
