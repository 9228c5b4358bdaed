import { signOutAction } from './actions'

/** The Sign out button in the staff and portal headers: a plain form, so it works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800"
      >
        Sign out
      </button>
    </form>
  )
}
