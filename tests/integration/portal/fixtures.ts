// Officials for the portal tests: approved signatories, and confirmed and unconfirmed officials.
import { db } from '../../helpers/db'
import {
  approvedPledge,
  confirmedOfficial,
  memberMunicipality,
  staffUser,
  suffix,
} from '../../fixtures/factories'

export { db }

/** An approved pledge's signatory with no account yet (as pledges approved before accounts existed). */
export async function approvedSignatoryWithoutAccount() {
  const pledge = await approvedPledge(db, { email: `Mayor.${suffix()}@City.gov` })
  return { pledge, email: pledge.emailNormalized, municipalityId: pledge.municipalityId }
}

/** A member municipality with a confirmed OFFICIAL and an unconfirmed (invited) one. */
export async function municipalityWithOfficials() {
  const municipality = await memberMunicipality(db)
  const { official } = await confirmedOfficial(db, { municipalityId: municipality.id, title: 'Mayor' })
  const unconfirmed = await staffUser(db, 'OFFICIAL')
  await db.municipalityOfficial.create({
    data: {
      userId: unconfirmed.id,
      municipalityId: municipality.id,
      title: 'Planner',
      confirmed: false,
      invitedById: official.id,
    },
  })
  return { municipality, official, unconfirmed }
}
