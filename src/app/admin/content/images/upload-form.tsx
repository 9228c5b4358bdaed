'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { uploadImageAction, type ImageUploadState } from '../actions'

/** Uploads one image with its text alternative. Works without JavaScript. */
export function UploadForm() {
  const [state, formAction] = useActionState<ImageUploadState, FormData>(uploadImageAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate encType="multipart/form-data" className="mt-4 max-w-xl space-y-6">
      <ErrorSummary errors={errors} order={['form', 'image', 'alt']} />
      <Field
        name="image"
        label="Image"
        hint="A PNG, JPEG or WebP file of at most 5 MB. Wider images are reduced to 1,600 pixels; location and camera data are removed."
        type="file"
        accept="image/png,image/jpeg,image/webp"
        error={errors.image}
        className="border-0 px-0"
      />
      <Field
        key={state?.values.alt ?? ''}
        name="alt"
        label="Description of the image"
        hint="What a person who cannot see the image needs to know. It goes into the markdown as the alt text."
        error={errors.alt}
        defaultValue={state?.values.alt}
      />
      <SubmitButton>Upload image</SubmitButton>
    </form>
  )
}
