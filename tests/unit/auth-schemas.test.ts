import { describe, expect, it } from 'vitest'
import { resetPasswordSchema, safeCallbackUrl, signInSchema } from '@/schemas/auth'

describe('safeCallbackUrl (where sign-in may send a visitor afterwards)', () => {
  it.each(['/admin', '/admin/audit?kind=pledge&page=2', '/portal'])('keeps the site path %s', (path) => {
    expect(safeCallbackUrl(path)).toBe(path)
  })

  it.each([
    'https://evil.example/admin',
    '//evil.example/admin',
    '/\\evil.example',
    // Browsers drop tabs and line breaks, making these "//evil.example": an open redirect after sign-in.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    'admin',
    '',
    undefined,
    ['/a'],
    // Broken escapes, a path that resolves to another site, a NUL, a very long one: refused, never a 500.
    '/%',
    '/%E0%A4%A',
    '/admin?q=%zz',
    '/./..//evil.example',
    '/admin\u0000',
    `/admin/${'a'.repeat(3000)}`,
    'javascript:alert(1)',
  ])('replaces %j with the staff dashboard', (value) => {
    expect(safeCallbackUrl(value)).toBe('/admin')
  })
})

it('escapes characters a header cannot carry (above U+00FF, spaces) instead of failing on them', () => {
  expect(safeCallbackUrl('/admin/café?q=中 x')).toBe('/admin/caf%C3%A9?q=%E4%B8%AD%20x')
})

describe('the sign-in and reset forms', () => {
  it('trims the email and sends off-site callbacks to the dashboard', () => {
    const parsed = signInSchema.parse({ email: ' ada@example.org ', password: 'x', callbackUrl: '//evil' })
    expect(parsed).toEqual({ email: 'ada@example.org', password: 'x', callbackUrl: '/admin' })
  })

  it('asks for each missing answer in words', () => {
    const result = signInSchema.safeParse({ email: '', password: '' })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => i.message)
    expect(messages).toEqual(expect.arrayContaining(['Enter your email address', 'Enter your password']))
  })

  it('requires a long enough new password, typed twice the same', () => {
    expect(resetPasswordSchema.safeParse({ password: 'short', confirmPassword: 'short' }).success).toBe(false)
    const mismatch = resetPasswordSchema.safeParse({
      password: 'long enough pass',
      confirmPassword: 'long enough pas',
    })
    expect(mismatch.error?.issues[0]).toMatchObject({
      path: ['confirmPassword'],
      message: 'The passwords do not match',
    })
    expect(
      resetPasswordSchema.safeParse({ password: 'long enough pass', confirmPassword: 'long enough pass' })
        .success,
    ).toBe(true)
  })
})
