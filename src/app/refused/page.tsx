import type { Metadata } from 'next'
import { forbidden, unauthorized } from 'next/navigation'

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } }

/**
 * Where a refused server action sends a browser without JavaScript (src/server/action.ts): answered 401
 * with the sign-in page's pointer, or 403 with the permission page, instead of Next.js's 404.
 */
export default async function Refused({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const { as } = await searchParams
  if (as === 'signed-out') unauthorized()
  forbidden()
}
