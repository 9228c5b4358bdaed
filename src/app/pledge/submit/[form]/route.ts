import { answerPledgeForm } from '@/server/pledges/answer-pledge-form'
import { seeOther } from '@/server/pledges/render-pledge-page'
import { pageOfPledgeForm } from '@/server/pledges/run-pledge-form'

type Context = { params: Promise<{ form: string }> }

// Where the pledge forms post when JavaScript is off (with it on, they call server actions):
// see docs/decisions/0008-plain-form-posts.md.
export async function POST(request: Request, { params }: Context) {
  return answerPledgeForm({ request, form: (await params).form })
}

// Reloading the address an answer was shown at goes back to the form.
export async function GET(_: Request, { params }: Context) {
  return seeOther(pageOfPledgeForm((await params).form))
}
