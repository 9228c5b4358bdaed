import { roleAllows, type StaffRole, type UserRole } from './staff-roles'

/**
 * What each staff action needs, in one table: every admin page and server action checks one of these
 * on the server. ADMIN passes every check. The authorization-matrix test iterates this table.
 */
export const permissions = {
  'admin.view': ['EDITOR', 'MODERATOR'],
  // Admins only: in demo mode the outbox holds every email whole, single-use links included.
  'outbox.view': [],
  'audit.view': [],
  'pledge.review': ['MODERATOR'],
  'report.verify': ['MODERATOR'],
  'municipality.edit': ['MODERATOR'],
  'content.edit': ['EDITOR'],
  'solution.edit': ['EDITOR'],
  'partner.edit': ['EDITOR'],
  // Network events (issue 17): publishing them, their registrations, attendance and the CSV export.
  'event.edit': ['EDITOR'],
  // Peer groups and topic cohorts (issue 17): the groups, their meetings, notes and documents, and who joins.
  'group.edit': ['EDITOR'],
  // The guides and tools library (issue 16): guides, downloadable files and links to external tools.
  'resource.edit': ['EDITOR'],
  // Experts on call: answering officials' assistance requests (issue 16).
  'assistance.answer': ['EDITOR', 'MODERATOR'],
  // Residents' asks (issue 18): moderating their public comments.
  'ask.moderate': ['MODERATOR'],
  'user.manage': [],
} as const satisfies Record<string, readonly Exclude<StaffRole, 'ADMIN'>[]>

export type Permission = keyof typeof permissions

/** Whether a role may perform an action (for showing links; the server checks with requirePermission). */
export function can(role: UserRole, action: Permission): boolean {
  return roleAllows(role, permissions[action])
}

/** The roles that may perform an action, for checks made in a database query. */
export function rolesWith(action: Permission): UserRole[] {
  return ['ADMIN', ...permissions[action]]
}

/** Admin pages and the permission each needs; the admin navigation shows only what a role may open. */
export const adminPages = [
  { href: '/admin', label: 'Dashboard', permission: 'admin.view' },
  { href: '/admin/pledges', label: 'Pledges to review', permission: 'pledge.review' },
  { href: '/admin/reports', label: 'Reports to verify', permission: 'report.verify' },
  { href: '/admin/asks', label: 'Ask comments to moderate', permission: 'ask.moderate' },
  { href: '/admin/assistance', label: 'Assistance requests', permission: 'assistance.answer' },
  { href: '/admin/outbox', label: 'Outbox', permission: 'outbox.view' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit.view' },
  { href: '/admin/municipalities', label: 'Municipalities', permission: 'municipality.edit' },
  { href: '/admin/officials', label: 'Officials to confirm', permission: 'municipality.edit' },
  { href: '/admin/users', label: 'Users', permission: 'user.manage' },
  { href: '/admin/content', label: 'Content pages', permission: 'content.edit' },
  { href: '/admin/pledge-texts', label: 'Pledge texts', permission: 'content.edit' },
  { href: '/admin/heroes', label: 'Hero images', permission: 'content.edit' },
  { href: '/admin/solutions', label: 'Solutions', permission: 'solution.edit' },
  { href: '/admin/partners', label: 'Experts and partners', permission: 'partner.edit' },
  { href: '/admin/events', label: 'Events', permission: 'event.edit' },
  { href: '/admin/groups', label: 'Peer groups', permission: 'group.edit' },
  { href: '/admin/resources', label: 'Guides and tools', permission: 'resource.edit' },
] as const satisfies readonly { href: string; label: string; permission: Permission }[]
