/** Button looks shared by server and client components (a 'use client' module can only export components). */
export const buttonClass = {
  primary: 'rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70',
  secondary:
    'rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70',
}
