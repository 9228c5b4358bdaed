'use server'

import { redirect } from 'next/navigation'
import { formAction, formText } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { setPageHero } from '@/server/heroes/set-page-hero'
import { heroPageSchema, heroSettingSchema, type HeroState, type HeroValues } from '@/schemas/heroes'

const guard = () => requirePermission('content.edit')
// A hidden page name that is not one of the hero pages (a tampered form) goes back to the list.
const MISSING = '/admin/heroes?problem=missing'

/** Sets the hero image of the home page or a campaign page, with its alt text or marked decorative. */
export const setPageHeroAction = formAction({
  guard,
  read: (form): HeroValues => ({
    image: formText(form, 'image', 200),
    alt: formText(form, 'alt', 1000),
    decorative: formText(form, 'decorative', 10),
  }),
  schema: heroSettingSchema,
  secret: (form) => ({ decorative: formText(form, 'decorative', 10) === 'yes' }),
  run: async ({ user, data, form }): Promise<NonNullable<HeroState>> => {
    const page = heroPageSchema.safeParse(formText(form, 'page', 100))
    if (!page.success) redirect(MISSING)
    await setPageHero({ page: page.data, editor: user, input: data })
    redirect(`/admin/heroes?done=${page.data}`)
  },
  refused: (e, { values }) =>
    e.code === 'INVALID_INPUT' ? { fieldErrors: { image: e.message }, values } : undefined,
})
