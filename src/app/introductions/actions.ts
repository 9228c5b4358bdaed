'use server'

import { anyone, buttonAction, formAction, formText, missingPage } from '@/server/action'
import {
  introductionAnswerSchema,
  introductionRequestSchema,
  type IntroductionState,
  type IntroductionValues,
} from '@/schemas/introductions'
import { answerIntroduction } from '@/server/introductions/answer-introduction'
import { requestIntroduction } from '@/server/introductions/request-introduction'
import { requireIntroductionAsker } from '@/server/introductions/require-introduction-asker'

/**
 * An official asks another member municipality for an introduction: "we have emailed their officials", or the
 * form again with what was typed. A made-up municipality or solution is a missing page; a second open request
 * for the same pair and the daily limit are the form's message.
 */
export const requestIntroductionAction = formAction({
  guard: requireIntroductionAsker,
  read: (form): IntroductionValues => ({
    to: formText(form, 'to', 200),
    from: formText(form, 'from', 200),
    solution: formText(form, 'solution', 200),
    message: formText(form, 'message', 4_000),
  }),
  schema: introductionRequestSchema,
  rename: { to: 'form' },
  run: async ({ user, data, values }): Promise<IntroductionState> => {
    const { toName } = await requestIntroduction({ user, input: data })
    return { values, fieldErrors: {}, sentTo: toName }
  },
  refused: (e, { values }) =>
    missingPage(e) ?? (e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined),
})

/** The emailed link's button: accepts or declines, and says what it came to. Needs no session. */
export const answerIntroductionAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100), choice: formText(form, 'choice', 20) }),
  schema: introductionAnswerSchema,
  invalid: () => '/introductions/answered?state=invalid',
  run: async ({ data }) => {
    const result = await answerIntroduction(data)
    return `/introductions/answered?state=${result.state}`
  },
})
