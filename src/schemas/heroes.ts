import { z } from 'zod'
import type { FormState } from '@/lib/form-state'
import { ILLUSTRATION_NAMES } from '@/lib/illustrations'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import { recordIdWith } from './id'

/** The pages with a hero image: the home page and each campaign page. */
export const HERO_PAGES = ['home', 'rc4a', 'compact-of-mayors'] as const
export type HeroPage = (typeof HERO_PAGES)[number]
export const heroPageSchema = z.enum(HERO_PAGES)

const CHOOSE = 'Choose an image, or no image'

/**
 * The hero form's image choice: 'none', 'illustration:<name>' or 'upload:<library image id>', as the radio
 * buttons send it, parsed into what is stored.
 */
export const heroImageChoiceSchema = z
  .string({ error: CHOOSE })
  .trim()
  .min(1, CHOOSE)
  .transform((v, ctx) => {
    if (v === 'none') return { kind: 'none' as const }
    const [kind, rest = ''] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)]
    if (kind === 'illustration' && (ILLUSTRATION_NAMES as string[]).includes(rest))
      return { kind: 'illustration' as const, name: rest as (typeof ILLUSTRATION_NAMES)[number] }
    if (kind === 'upload') {
      const id = recordIdWith(CHOOSE).safeParse(rest)
      if (id.success) return { kind: 'upload' as const, uploadId: id.data }
    }
    ctx.addIssue({ code: 'custom', message: CHOOSE })
    return z.NEVER
  })

/**
 * A page's hero: the image, its text alternative, and whether it is decorative. An image needs a description
 * unless the editor says it is decorative; a decorative image's description is dropped (alt="").
 */
export const heroSettingSchema = z
  .object({
    image: heroImageChoiceSchema,
    alt: z
      .string()
      .overwrite(stripInvisibleFormatting)
      .trim()
      .max(200, 'The description must be 200 characters or fewer')
      .refine((v) => !hasControlCharacters(v), 'The description must not contain control characters'),
    decorative: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.image.kind !== 'none' && !v.decorative && v.alt === '')
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'Describe the image for people who cannot see it, or mark it as decorative',
      })
  })
  .transform((v) => ({ ...v, alt: v.decorative || v.image.kind === 'none' ? '' : v.alt }))
export type HeroSettingInput = z.infer<typeof heroSettingSchema>

export type HeroValues = { image: string; alt: string; decorative: string }
export type HeroState = FormState<HeroValues> | null
