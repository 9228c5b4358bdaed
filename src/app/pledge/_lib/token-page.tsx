import type { Metadata } from 'next'
import { TokenActionForm } from '@/components/pledge/token-action-form'
import type { LinkActionState } from '@/schemas/pledge'
import { getPledgeToken } from '@/server/tokens/get-pledge-token'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { confirmAction, withdrawAction } from '../actions'

type TokenKind = 'confirm' | 'withdraw'

const KINDS = {
  confirm: { purpose: 'CONFIRM_PLEDGE', label: 'Confirm', action: confirmAction },
  withdraw: { purpose: 'WITHDRAW_PLEDGE', label: 'Withdraw the pledge', action: withdrawAction },
} as const

// The token is in the address: keep it out of search engines and out of other sites' Referer headers
// (same-origin, not no-referrer: the Confirm button's POST needs its Origin header for Next's CSRF check).
export function tokenPageMetadata(title: string): Metadata {
  return { title, robots: { index: false }, referrer: 'same-origin' }
}

/** The emailed link's token, what it is worth, and what a press of its button without JavaScript came to. */
export async function readTokenPage(kind: TokenKind, params: Promise<{ token: string }>) {
  const { token } = await params
  const [view, flash] = await Promise.all([
    getPledgeToken({ token, purpose: KINDS[kind].purpose }),
    readPledgeFlash(kind),
  ])
  return { token, view, flash }
}

/** The page with the link's button, under its heading; after a press without JavaScript, what it came to. */
export function TokenPage({
  kind,
  token,
  heading,
  flashState,
  children,
}: {
  kind: TokenKind
  token: string
  heading: string
  flashState?: LinkActionState
  children?: React.ReactNode
}) {
  const { label, action } = KINDS[kind]
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{heading}</h1>
      {children}
      {flashState === undefined ? (
        <TokenActionForm kind={kind} token={token} label={label} action={action} />
      ) : (
        <TokenActionForm kind={kind} token={token} label={label} action={action} initialState={flashState} />
      )}
    </div>
  )
}
