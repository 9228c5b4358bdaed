import type { NextRequest } from 'next/server'
import { handlers } from '@/server/auth/config'

export const { GET } = handlers

// Email links are requested only through the sign-in form's server action, which checks the address
// and applies the rate limits; Auth.js's own endpoint for it would skip both.
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/signin/nodemailer')) return new Response(null, { status: 404 })
  return handlers.POST(request)
}
