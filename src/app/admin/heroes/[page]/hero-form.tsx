'use client'

import { useActionState } from 'react'
import { Checkboxes, Radios } from '@/components/forms/choices'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { ILLUSTRATIONS, ILLUSTRATION_NAMES, illustrationSrc } from '@/lib/illustrations'
import type { HeroPage, HeroState, HeroValues } from '@/schemas/heroes'
import { setPageHeroAction } from '../actions'

type LibraryImage = { id: string; filename: string; width: number | null; height: number | null }

const Thumb = ({ src, width, height }: { src: string; width: number; height: number }) => (
  // eslint-disable-next-line @next/next/no-img-element -- served as stored, already resized
  <img
    src={src}
    alt=""
    width={120}
    height={Math.round((120 * height) / width)}
    loading="lazy"
    className="mt-1 block"
  />
)

/** Chooses a page's hero image and its text alternative. Works without JavaScript. */
export function HeroForm({
  page,
  images,
  defaults,
}: {
  page: HeroPage
  images: LibraryImage[]
  defaults: HeroValues
}) {
  const [state, formAction] = useActionState<HeroState, FormData>(setPageHeroAction, null)
  const values = state?.values ?? defaults
  const errors = state?.fieldErrors ?? {}
  const options = [
    { value: 'none', label: 'No hero image' },
    ...ILLUSTRATION_NAMES.map((name) => ({
      value: `illustration:${name}`,
      label: (
        <>
          Illustration: {ILLUSTRATIONS[name].label}
          <Thumb src={illustrationSrc(name)} width={1600} height={500} />
        </>
      ),
    })),
    ...images.map((i) => ({
      value: `upload:${i.id}`,
      label: (
        <>
          Library image: {i.filename}
          <Thumb src={`/images/${i.id}`} width={i.width ?? 1} height={i.height ?? 1} />
        </>
      ),
    })),
  ]
  return (
    // The key resets the uncontrolled fields to the values sent back after each answer.
    <form action={formAction} noValidate className="mt-6 max-w-xl space-y-6" key={JSON.stringify(values)}>
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'image', 'alt']} />
      <input type="hidden" name="page" value={page} />
      <Radios
        name="image"
        legend="Image"
        error={errors.image}
        options={options}
        defaultValue={values.image}
      />
      <Field
        name="alt"
        label="Description of the image (alt text)"
        hint="What a person who cannot see the image needs to know, in a sentence. Leave it empty only for a decorative image."
        error={errors.alt}
        defaultValue={values.alt}
      />
      <Checkboxes
        name="decorative"
        legend="Decorative image"
        options={[
          {
            value: 'yes',
            label: 'The image is decorative',
            hint: 'It adds nothing a reader needs; screen readers skip it and the description is not used.',
          },
        ]}
        defaultValues={values.decorative === 'yes' ? ['yes'] : []}
      />
      <SubmitButton>Save the hero</SubmitButton>
    </form>
  )
}
