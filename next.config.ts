import path from 'node:path'
import type { NextConfig } from 'next'

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
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@node-rs/argon2'],
  // Server actions carry the pledge form's optional PDF (at most 5 MB, checked again by its bytes).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
}

export default nextConfig
