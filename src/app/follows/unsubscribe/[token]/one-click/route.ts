import { unsubscribeFollower } from '@/server/follows/unsubscribe-follower'

// The RFC 8058 one-click unsubscribe: src/proxy.ts sends every POST to /follows/unsubscribe/<token> here (a mail
// provider posts from its own servers, so the site's same-origin check for forms does not apply; the token is
// the authority). `List-Unsubscribe=One-Click` is all a provider sends; the unsubscribe page's button adds
// `via=page` and is sent on to a page. An unknown or spent link answers the same: nothing more is sent either way.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ token: string }> }

export async function POST(request: Request, { params }: Props) {
  const { token } = await params
  let form: FormData | null = null
  try {
    form = await request.formData()
  } catch {
    form = null
  }
  if (form?.get('List-Unsubscribe') !== 'One-Click')
    return new Response('Send List-Unsubscribe=One-Click to unsubscribe.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  await unsubscribeFollower({ token })
  if (form.get('via') === 'page')
    return new Response(null, { status: 303, headers: { location: '/follows/unsubscribed' } })
  return new Response('Unsubscribed: this address follows no place any more.', {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
