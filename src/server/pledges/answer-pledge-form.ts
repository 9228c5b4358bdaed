import 'server-only'
import { TOO_LARGE_MESSAGE } from '@/server/uploads/check-pdf'
import { isSameOriginRequest } from './is-same-origin-request'
import { sealPledgeFlash } from './pledge-flash'
import { renderPledgePage, seeOther } from './render-pledge-page'
import { isPledgeFormName, runPledgeForm, type PledgeFormOutcome } from './run-pledge-form'

// A 5 MB PDF and the other answers (server actions take up to 11 MB, for assistance attachments).
const MAX_BODY_BYTES = 6 * 1024 * 1024
// Past this a too-large upload is cut off rather than read to its end.
const MAX_DRAIN_BYTES = 64 * 1024 * 1024

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * The answer to a pledge form posted without JavaScript (POST /pledge/submit/<form>): a 303 to the next
 * page, or the form's page with its errors and the values typed, with a 4xx status (200 when the page
 * shows a result, such as "email confirmed"). Cross-site posts are refused, as for server actions.
 */
export async function answerPledgeForm({ request, form }: { request: Request; form: string }) {
  if (!isPledgeFormName(form)) return plain(404, 'There is no such form.')
  if (!isSameOriginRequest(request.headers)) return plain(403, 'Forms can only be sent from this site.')
  const data = await readForm(request)
  if (data === 'unreadable') return plain(400, 'The form could not be read. Please go back and try again.')
  let outcome: PledgeFormOutcome<typeof form>
  if (data === 'too-large') {
    if (form !== 'signatory') return plain(413, 'The form was too large to send.')
    outcome = {
      state: { fieldErrors: { mandate: TOO_LARGE_MESSAGE }, values: {} },
      status: 413,
      page: '/pledge/signatory',
    }
  } else {
    outcome = await runPledgeForm({ form, data })
  }
  if ('next' in outcome) return seeOther(outcome.next)
  return renderPledgePage({
    request,
    // The municipality page's search (?q=&state=) stays, so its list of places shows again.
    path: `${outcome.page}${new URL(request.url).search}`,
    flash: sealPledgeFlash(form, outcome.state),
    status: outcome.status,
  })
}

async function readForm(request: Request): Promise<FormData | 'too-large' | 'unreadable'> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body?.getReader()
  if (Number(request.headers.get('content-length')) > MAX_DRAIN_BYTES) {
    await reader?.cancel()
    return 'too-large'
  }
  // A body over the limit is read to its end (up to a point) but not kept: browsers show a network
  // error instead of the answer when the server stops reading while they are still sending.
  for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
    size += r.value.byteLength
    if (size <= MAX_BODY_BYTES) chunks.push(r.value)
    else if (size > MAX_DRAIN_BYTES) {
      await reader!.cancel()
      break
    }
  }
  if (size > MAX_BODY_BYTES) return 'too-large'
  try {
    const body = new Blob(chunks as BlobPart[])
    const type = request.headers.get('content-type') ?? ''
    return await new Response(body, { headers: { 'content-type': type } }).formData()
  } catch {
    return 'unreadable'
  }
}
