import 'server-only'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { PEER_STAGE_ORDER, type PeerFacts, type PeerStage } from '@/lib/domain/peers'

type Row = {
  slug: string
  name: string
  state: string
  population: number | bigint | null
  stage: string
  hazards: string | null
  campaigns: string | null
}

const codes = (list: string | null) => (list ? list.split(',').filter(Boolean) : [])

/**
 * The public facts the peer finder ranks by, for every member and for `municipalityId` (member or not), in one
 * query: population, state, compliance stage (stored by the compliance engine), the hazards named in verified
 * reports and the campaigns with an approved pledge, each aggregated per municipality into one comma-separated
 * list (hazard codes and campaign slugs hold no comma). No official, no contact is read.
 */
export async function loadPeerFacts({ municipalityId }: { municipalityId: string }): Promise<PeerFacts[]> {
  const agg = (column: string) =>
    env().databaseProvider === 'sqlite'
      ? `group_concat(DISTINCT ${column})`
      : `string_agg(DISTINCT ${column}, ',')`
  // Enum values are written as literals (PostgreSQL compares an enum column to a literal, not to a text parameter);
  // the only parameter is the municipality's id.
  const sql = `SELECT m."slug" AS "slug", m."name" AS "name", m."state" AS "state", m."population" AS "population",
      CAST(m."complianceStage" AS TEXT) AS "stage", h."codes" AS "hazards", c."codes" AS "campaigns"
    FROM "Municipality" m
    LEFT JOIN (
      SELECT r."municipalityId" AS "mid", ${agg('ha."hazard"')} AS "codes"
      FROM "ProgressReport" r JOIN "HazardAssessment" ha ON ha."reportId" = r."id"
      WHERE r."status" = 'VERIFIED'
      GROUP BY r."municipalityId"
    ) h ON h."mid" = m."id"
    LEFT JOIN (
      SELECT p."municipalityId" AS "mid", ${agg('ca."slug"')} AS "codes"
      FROM "Pledge" p JOIN "Campaign" ca ON ca."id" = p."campaignId"
      WHERE p."status" = 'APPROVED'
      GROUP BY p."municipalityId"
    ) c ON c."mid" = m."id"
    WHERE m."isMember" = true OR m."id" = ${env().databaseProvider === 'sqlite' ? '?' : '$1'}`
  const rows = await db.$queryRawUnsafe<Row[]>(sql, municipalityId)
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    state: r.state,
    population: r.population === null ? null : Number(r.population),
    stage: (PEER_STAGE_ORDER as readonly string[]).includes(r.stage) ? (r.stage as PeerStage) : 'NONE',
    hazards: codes(r.hazards),
    campaigns: codes(r.campaigns),
  }))
}
