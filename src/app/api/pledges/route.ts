import { submitPledge } from '@/server/pledges/submit-pledge'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { clientIp } from '@/server/rate-limit/client-ip'
import { isAppError } from '@/server/errors'
import { isDatabaseUnavailable } from '@/server/outage/database-unavailable-error'
import { jsonError } from '@/server/http/json-error'
import { databaseOutageResponse } from '@/server/outage/database-outage-response'
import { isSameOriginRequest } from '@/server/pledges/is-same-origin-request'

// The pledge submission as JSON, for scripts and the benchmark: the same checks as the form,
// answered with real status codes (201 signed, 200 already signed, 400 field errors, 429 too many).
// Only JSON, and never from another site's page: a form cannot send JSON across sites without a preflight,
// and a text/plain post could (415, 403).

/** GET /api/pledges?campaign=rc4a: the current pledge text, whose id and commitments a submission agrees to. */
export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get('campaign') ?? ''
  const current = /^[a-z0-9-]{1,60}$/.test(slug) ? await getCurrentPledgeText({ campaignSlug: slug }) : null
  if (!current) return jsonError('NOT_FOUND', { message: 'There is no campaign with that slug.' })
  return Response.json({
    campaign: current.campaign.slug,
    pledgeTextId: current.text.id,
    commitments: current.commitments,
  })
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers))
    return jsonError('FORBIDDEN', { message: 'Pledges can only be sent from this site.' })
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) return jsonError('UNSUPPORTED_MEDIA_TYPE')
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return jsonError('INVALID_INPUT', { message: 'Send a JSON body' })
  }
  const honeypot = (body as { website?: unknown } | null)?.website
  try {
    const result = await submitPledge({
      input: body,
      ip: clientIp(request.headers),
      honeypot: typeof honeypot === 'string' ? honeypot : undefined,
    })
    const status = result.status === 'invalid' ? 400 : result.status === 'submitted' ? 201 : 200
    return Response.json(result, { status })
  } catch (e) {
    if (isAppError(e)) return jsonError(e)
    if (isDatabaseUnavailable(e)) return databaseOutageResponse(request)
    throw e
  }
}
