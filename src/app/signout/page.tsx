import type { Metadata } from 'next'
import { signOutAction, signOutEverywhereAction } from './actions'

export const metadata: Metadata = { title: 'Sign out', robots: { index: false } }

const buttonCls = 'rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800'

export default function SignOutPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Sign out</h1>
      <form action={signOutAction} className="mt-6">
        <button type="submit" className={buttonCls}>
          Sign out of this browser
        </button>
      </form>
      <h2 className="mt-10 text-2xl">Sign out everywhere</h2>
      <p className="mt-2">
        Ends your sessions on every device and browser, for example if you signed in on a shared computer.
      </p>
      <form action={signOutEverywhereAction} className="mt-4">
        <button type="submit" className={buttonCls}>
          Sign out everywhere
        </button>
      </form>
    </div>
  )
}
