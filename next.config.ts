import path from 'node:path'
import type { NextConfig } from 'next'

// Sent with every response. Only the embeddable badge may be framed by other sites; the clickable maps
// (maps/links/) by this site's own pages, which embed them (decision 0026: their route sets the policy). Pages also carry their
// script policy (a second Content-Security-Policy header, with a nonce): decision 0013.
const securityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
]
// Not for a loopback host: over https (a local TLS proxy) the browser would pin localhost, and with
// includeSubDomains every *.localhost, to https for two years. Browsers ignore it for IP addresses anyway.
const hsts = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
const loopbackHost = { type: 'host' as const, value: '(?:localhost|.+\\.localhost|127\\.0\\.0\\.1|\\[)' }
const noFraming = [{ key: 'X-Frame-Options', value: 'DENY' }]
const noFramingPolicy = [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }]

// The site's own files in public/: not fingerprinted, so cached a day rather than for ever.
const staticFiles = [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }]

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets the end-to-end suite build beside a developer's own .next without touching it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Hashing every response body for an ETag costs more CPU than it saves bandwidth on cached HTML: decision 0010.
  generateEtags: false,
  // A bounded LRU (or Redis, when configured) instead of the unbounded file-system cache: decision 0010.
  cacheHandler: path.join(process.cwd(), 'src/cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // Native and driver packages stay outside the server bundle; prom-client too, so that scripts/server.mjs and
  // the bundled code share one copy (src/lib/metrics/metrics.mjs).
  serverExternalPackages: ['better-sqlite3', 'pg', '@node-rs/argon2', 'prom-client'],
  // Server actions carry the pledge form's optional PDF (at most 5 MB) and assistance attachments (at most
  // 10 MB), each checked again by its bytes.
  // authInterrupts: a refused server action renders src/app/forbidden.tsx or unauthorized.tsx with its 4xx
  // status (src/server/auth/refusal.ts), not the 500 error page.
  experimental: { serverActions: { bodySizeLimit: '11mb' }, authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:path*', missing: [loopbackHost], headers: hsts },
      { source: '/((?!badge/|maps/links/).*)', headers: noFraming },
      // Not over an upload's, a library file's, an assistance attachment's or a group document's download policy (default-src 'none';
      // sandbox), which it would replace.
      {
        source:
          '/((?!badge/|maps/links/|admin/uploads/|resources/[a-z0-9-]+/download$|assistance/attachments/|groups/[a-z0-9-]+/documents/).*)',
        headers: noFramingPolicy,
      },
      { source: '/:file(icon\\.svg|favicon\\.ico|apple-touch-icon\\.png)', headers: staticFiles },
      { source: '/illustrations/:file', headers: staticFiles },
    ]
  },
}

export default nextConfig
