import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets the end-to-end suite build beside a developer's own .next without touching it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@node-rs/argon2'],
  // Server actions carry the pledge form's optional PDF (at most 5 MB, checked again by its bytes).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
}

export default nextConfig
