import 'server-only'
import { cookies } from 'next/headers'
import type { PledgeFormName, PledgeFormState } from './run-pledge-form'
import { openValue, sealValue } from './signed-value'

// A refused answer (errors and the values typed) carried for one render of the form's page, so a post
// without JavaScript can be answered with that page and a 4xx status. It normally travels only on the
// server's own request for the page (render-pledge-page.ts), never to the browser.
export const PLEDGE_FLASH_COOKIE = 'pledge-flash'
export const PLEDGE_FLASH_MAX_AGE = 60

// Cookies over 4 KB are dropped by browsers, and headers over 16 KB by Node: very long answers lose
// their values (the errors stay).
const MAX_LENGTH = 3500

type Flash<F extends PledgeFormName> = { form: F; state: PledgeFormState<F> }

export function sealPledgeFlash<F extends PledgeFormName>(form: F, state: PledgeFormState<F>): string {
  const sealed = sealValue('pledge-flash', { form, state })
  if (sealed.length <= MAX_LENGTH) return sealed
  const { values, email: _e, ...rest } = state as { values?: unknown; email?: unknown }
  return sealValue('pledge-flash', { form, state: values ? { ...rest, values: {} } : rest })
}

/** The flash for one of these forms, when this request carries one. */
export async function readPledgeFlash<F extends PledgeFormName>(...forms: F[]): Promise<Flash<F> | null> {
  const value = (await cookies()).get(PLEDGE_FLASH_COOKIE)?.value
  const flash = openValue('pledge-flash', value, PLEDGE_FLASH_MAX_AGE * 1000) as Flash<F> | null
  return flash && (forms as string[]).includes(flash.form) ? flash : null
}
