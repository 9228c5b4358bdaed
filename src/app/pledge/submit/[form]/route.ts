import { answerPledgeForm } from '@/server/pledges/answer-pledge-form'
import { seeOther } from '@/server/pledges/render-pledge-page'
import { pageOfPledgeForm } from '@/server/pledges/run-pledge-form'
import { isDatabaseUnavailable } from '@/server/outage/database-unavailable-error'
import { databaseOutageResponse } from '@/server/outage/database-outage-response'

type Context = { params: Promise<{ form: string }> }

// Where the pledge forms post when JavaScript is off (with it on, they call server actions):
// see docs/decisions/0008-plain-form-posts.md.
// While the database is away: the 503 page, as the proxy answers (decision 0012).
export async function POST(request: Request, { params }: Context) {
  try {
    return await answerPledgeForm({ request, form: (await params).form })
  } catch (e) {
    if (isDatabaseUnavailable(e)) return databaseOutageResponse(request)
    throw e
  }
}

// Reloading the address an answer was shown at goes back to the form.
export async function GET(_: Request, { params }: Context) {
  return seeOther(pageOfPledgeForm((await params).form))
}
