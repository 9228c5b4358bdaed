import { describe, expect, it } from 'vitest'
import { DELIVERY_ERROR_MAX_LENGTH, describeDeliveryError } from '@/server/mail/describe-delivery-error'

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error('Mail command failed'), fields)

describe('describeDeliveryError', () => {
  it("gives nodemailer's code, the SMTP status and the server's reply on one line", () => {
    const e = smtpError({
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 <a@city.gov>:\r\n unknown user',
    })
    expect(describeDeliveryError(e)).toBe('EENVELOPE, SMTP 550: 550 5.1.1 <a@city.gov>: unknown user')
  })

  it('hides the SMTP credentials, plain or escaped, wherever the error repeats them', () => {
    const smtpUrl = 'smtp://mailer:p%40ss-w0rd!@smtp.example.org:587'
    const e = smtpError({ code: 'EAUTH', responseCode: 535, response: '535 bad login mailer / p@ss-w0rd!' })
    const line = describeDeliveryError(e, { smtpUrl })
    expect(line).toBe('EAUTH, SMTP 535: 535 bad login [hidden] / [hidden]')
  })

  it('hides token-like runs, drops control and bidi characters, and stays short', () => {
    const e = smtpError({
      code: 'EMESSAGE',
      response: `554 quoted https://x.test/confirm/${'a1B2'.repeat(8)} \u202Eevil\u0000 ${'blah '.repeat(200)}`,
    })
    const line = describeDeliveryError(e)
    expect(line).not.toContain('a1B2a1B2')
    expect(line).toContain('https://x.test/confirm/[hidden]')
    expect(line).not.toMatch(/[\u202E\u0000]/)
    expect(line.length).toBeLessThanOrEqual(DELIVERY_ERROR_MAX_LENGTH)
    expect(line.endsWith('…')).toBe(true)
  })

  it('names an error it knows nothing about without inventing detail', () => {
    expect(describeDeliveryError(undefined)).toBe('ERROR')
    expect(describeDeliveryError(new Error('connect ECONNREFUSED 127.0.0.1:2525'))).toBe(
      'ERROR: connect ECONNREFUSED 127.0.0.1:2525',
    )
  })
})
