import 'server-only'

/**
 * Whether a write failed on Target's unique (municipalityId, activeKey) index: an identical active target
 * was saved at the same instant, after this save's own check found none.
 */
export function isIdenticalTargetViolation(e: unknown): boolean {
  const { code, meta } = (e ?? {}) as { code?: unknown; meta?: { modelName?: unknown } }
  return code === 'P2002' && (meta?.modelName === undefined || meta.modelName === 'Target')
}
