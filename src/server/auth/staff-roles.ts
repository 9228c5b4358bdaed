// Role names as string unions, so shared code and tests need not import generated Prisma types.
export const STAFF_ROLES = ['ADMIN', 'EDITOR', 'MODERATOR'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
export const USER_ROLES = [...STAFF_ROLES, 'OFFICIAL'] as const
export type UserRole = (typeof USER_ROLES)[number]

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role)
}

/** Whether a role may do what the listed roles may; ADMIN may do everything. */
export function roleAllows(role: UserRole, allowed: readonly UserRole[]): boolean {
  return role === 'ADMIN' || allowed.includes(role)
}
