import type { FormState } from '@/lib/form-state'
import { z } from 'zod'

/** Only a path on this site may follow sign-in: never another origin, never a protocol-relative URL. */
export function safeCallbackUrl(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback
  }
  // Browsers drop tabs and line breaks from a URL: "/<tab>/evil.example" is "//evil.example", elsewhere.
  if (/[\u0000-\u001f\u007f]/.test(value) || value.length > MAX_CALLBACK_URL) return fallback
  // As a header (Location, a cookie) it must be ASCII: "/café" goes as "/caf%C3%A9"; broken escapes ("/%")
  // are refused rather than answered with an error later.
  try {
    const url = new URL(value, 'http://site.invalid')
    if (url.origin !== 'http://site.invalid') return fallback
    decodeURIComponent(`${url.pathname}${url.search}`)
    const path = `${url.pathname}${url.search}${url.hash}`
    return path.startsWith('//') ? fallback : path // "/./..//evil.example" resolves to "//evil.example"
  } catch {
    return fallback
  }
}

const MAX_CALLBACK_URL = 2000

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { message: 'Enter your email address' })
    .max(320, { message: 'Email address must be 320 characters or fewer' })
    .pipe(z.email({ message: 'Enter an email address in the correct format, like name@example.org' })),
  password: z
    .string()
    .min(1, { message: 'Enter your password' })
    .max(1000, { message: 'Password must be 1,000 characters or fewer' }),
  callbackUrl: z.unknown().transform((v) => safeCallbackUrl(v)),
})

export type SignInState = FormState<{ email: string }>

export const PASSWORD_MIN_LENGTH = 12

export const forgotPasswordSchema = z.object({
  email: signInSchema.shape.email,
})

export type ForgotPasswordState = FormState<{ email: string }, { sent?: boolean }>

export const resetPasswordSchema = z
  .object({
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, { message: `Password must be ${PASSWORD_MIN_LENGTH} characters or more` })
      .max(1000, { message: 'Password must be 1,000 characters or fewer' }),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    message: 'The passwords do not match',
    path: ['confirmPassword'],
  })

/** Passwords are never sent back: the form starts empty after a refusal. */
export type ResetPasswordState = FormState<Record<string, never>> | null
