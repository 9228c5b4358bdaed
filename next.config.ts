import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@node-rs/argon2'],
  typedRoutes: false,
}

export default nextConfig
