'use client'

import { Checkboxes, Radios } from '@/components/forms/choices'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { targetFieldSpecs } from '@/components/targets/target-field-specs'
import { formatNumber } from '@/lib/format'
import type { TargetType } from '@/lib/domain/target-path'
import { stateName } from '@/lib/domain/states'
import {
  CALCULATOR_FIGURES,
  CALCULATOR_PATH,
  calculatorHref,
  type CalculatorFigure,
} from '@/schemas/target-calculator'
import { TARGET_TYPES, TYPE_FIELDS } from '@/schemas/targets'
import type { CalculatorMember, TargetCalculatorView } from '@/server/tools/compute-target-calculator'

const buttonClass = 'rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800'

/** What the forms show: the query as typed and its messages, the member chosen or the members found. */
export type CalculatorFormProps = {
  query: Pick<TargetCalculatorView['query'], 'values' | 'fieldErrors' | 'memberQuery'>
  member: Omit<CalculatorMember, 'inventories'> | null
  matches: { items: Omit<CalculatorMember, 'inventories'>[]; total: number } | null
}

// Client components only because the form primitives are (they share the error summary's field ids).
/** The summary's order: the page's. */
export const CALCULATOR_ERROR_ORDER = ['type', ...CALCULATOR_FIGURES, 'q']

/** Step one: the type of target, by a plain GET form (the page then shows that type's figures). */
export function CalculatorTypeChooser({ query, member }: CalculatorFormProps) {
  return (
    <form method="get" action={CALCULATOR_PATH} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={query.fieldErrors} order={CALCULATOR_ERROR_ORDER} />
      <input type="hidden" name="step" value="type" />
      {member && <input type="hidden" name="member" value={member.slug} />}
      <Radios
        name="type"
        legend="Type of target"
        hint="The four target types of the Common Reporting Framework."
        error={query.fieldErrors.type}
        options={Object.entries(TARGET_TYPES).map(([value, t]) => ({ value, label: t.label, hint: t.hint }))}
      />
      <button type="submit" className={buttonClass}>
        Continue
      </button>
    </form>
  )
}

function MemberChoice({ query, member, matches }: CalculatorFormProps) {
  if (member)
    return (
      <fieldset>
        <legend className="font-semibold">Compare with a member (optional)</legend>
        <input type="hidden" name="member" value={member.slug} />
        <p className="mt-2">
          Comparing with <strong>{`${member.name}, ${stateName(member.state)}`}</strong>.{' '}
          <a href={calculatorHref({ ...query.values, member: undefined, q: undefined })}>Stop comparing</a>
        </p>
      </fieldset>
    )
  return (
    <fieldset className="space-y-4">
      <legend className="font-semibold">Compare with a member (optional)</legend>
      <Field
        name="q"
        label="Member municipality’s name"
        hint="Type part of the name and press Show the path; then choose the member from the list."
        error={query.fieldErrors.q}
        defaultValue={query.values.q ?? ''}
        width="md"
        autoComplete="off"
      />
      {matches && (
        <div id="member-choices">
          <p>
            {matches.total > matches.items.length
              ? `${formatNumber(matches.total)} members match; the first ${matches.items.length} are below. Type more of the name to narrow the list.`
              : `${matches.total} ${matches.total === 1 ? 'member matches' : 'members match'}. Choose one to compare:`}
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {matches.items.map((m) => (
              <li key={m.slug}>
                <a href={calculatorHref({ ...query.values, q: undefined, member: m.slug })}>
                  {`Compare with ${m.name}, ${stateName(m.state)}`}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  )
}

/** Step two: the figures the chosen type needs, and the member to compare with; a GET form to this page. */
export function CalculatorFigureForm({ type, ...props }: CalculatorFormProps & { type: TargetType }) {
  const { query } = props
  const specs = targetFieldSpecs(type)
  const shown = TYPE_FIELDS[type]
  const field = (name: CalculatorFigure) => {
    const spec = specs[name]!
    const hint =
      name === 'baseYear' && spec.hint
        ? 'Leave empty to start the path at the first verified inventory of the member you compare with.'
        : name === 'bauEmissions'
          ? 'The projection of emissions without the target'
          : spec.hint
    return (
      <Field
        key={name}
        name={name}
        label={spec.label}
        hint={hint}
        error={query.fieldErrors[name]}
        defaultValue={query.values[name] ?? ''}
        inputMode={spec.text ? undefined : 'decimal'}
        width={spec.width}
      />
    )
  }
  return (
    <form method="get" action={CALCULATOR_PATH} noValidate className="mt-6 space-y-8">
      <ErrorSummary errors={query.fieldErrors} order={CALCULATOR_ERROR_ORDER} />
      <input type="hidden" name="type" value={type} />
      {(shown as readonly string[])
        .filter((f): f is CalculatorFigure => f !== 'reductionPercent' && f !== 'targetEmissions')
        .map(field)}
      {field('targetYear')}
      {shown.includes('reductionPercent') && field('reductionPercent')}
      {shown.includes('targetEmissions') && field('targetEmissions')}
      <Checkboxes
        name="netZero"
        legend="Net zero"
        options={[{ value: 'on', label: 'The target is net zero emissions by the target year' }]}
        defaultValues={query.values.netZero === 'on' ? ['on'] : []}
        error={query.fieldErrors.netZero}
      />
      <MemberChoice {...props} />
      <button type="submit" className={buttonClass}>
        Show the path
      </button>
    </form>
  )
}
