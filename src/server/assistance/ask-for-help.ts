import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import { countAttempt } from '@/server/rate-limit/consume-rate-limit'
import { RATE_LIMITS } from '@/server/rate-limit/create-rate-limiters'
import type { AskForHelpInput } from '@/schemas/assistance'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { checkAttachment, type AttachmentInput } from './check-attachment'
import { storeAttachment } from './store-attachment'

const LIMIT = RATE_LIMITS['assistance-ask:user'].points

/**
 * An official asks the network's staff for help: a NEW request whose thread starts with the question. At
 * most five new requests an hour per official (RATE_LIMITED, with the form's message); replies are free.
 * An attachment is checked by its bytes first (a refused file costs no attempt) and kept with the question.
 */
export async function askForHelp({
  municipality,
  input,
  attachment,
  now = new Date(),
}: {
  municipality: PortalMunicipalityRef
  input: AskForHelpInput
  attachment?: AttachmentInput | null
  now?: Date
}): Promise<{ id: string }> {
  const { user } = municipality
  const checked = await checkAttachment(attachment)
  if (!(await countAttempt('assistance-ask:user', user.id)))
    throw new AppError(
      'RATE_LIMITED',
      `You have asked for help ${LIMIT} times in the last hour. Please wait an hour before asking again, ` +
        'or add to one of your open requests below.',
    )
  return db.$transaction(async (tx) => {
    const file = await storeAttachment({ tx, attachment: checked, authorId: user.id })
    const request = await tx.assistanceRequest.create({
      data: {
        municipalityId: municipality.id,
        requesterId: user.id,
        topic: input.topic,
        question: input.question,
        contact: input.contact,
        awaitingStaffSince: now,
        lastActivityAt: now,
        createdAt: now,
        messages: {
          create: {
            authorId: user.id,
            fromStaff: false,
            body: input.question,
            attachmentId: file.attachmentId,
            createdAt: now,
          },
        },
      },
      select: { id: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'assistance.ask',
      entityType: 'AssistanceRequest',
      entityId: request.id,
      after: {
        municipalityId: municipality.id,
        topic: input.topic,
        contact: input.contact,
        status: 'NEW',
        attachment: file.audit,
      },
    })
    return request
  })
}
