/** The <option>s of a select over codes (code -> label, in the map's order), after an empty "any" one if named. */
export function CodeOptions({ options, anyLabel }: { options: Record<string, string>; anyLabel?: string }) {
  return (
    <>
      {anyLabel && <option value="">{anyLabel}</option>}
      {Object.entries(options).map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </>
  )
}
