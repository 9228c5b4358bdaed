'use client'

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * The props that send a form: until React has hydrated (or without JavaScript) a plain post to the
 * address that answers with a status code; after, the server action, so errors show without a reload.
 */
export function usePlainFormProps(
  formAction: (data: FormData) => void,
  postTo: string,
  multipart = false,
): Pick<React.ComponentProps<'form'>, 'action' | 'method' | 'encType'> {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  if (hydrated) return { action: formAction }
  return { action: postTo, method: 'post', encType: multipart ? 'multipart/form-data' : undefined }
}
