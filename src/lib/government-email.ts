// Government bodies in the US use .gov, .us (state and local) and .mil addresses; anything else is
// worth a second look by the moderator, not a reason to refuse on its own.
const GOVERNMENT_SUFFIXES = ['.gov', '.us', '.mil']

/** Whether an email address's domain ends in a US government top-level domain (.gov, .us, .mil). */
export function isGovernmentEmail(email: string): boolean {
  const at = email.lastIndexOf('@')
  if (at < 1) return false
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
  return GOVERNMENT_SUFFIXES.some((suffix) => domain.endsWith(suffix) && domain.length > suffix.length)
}
