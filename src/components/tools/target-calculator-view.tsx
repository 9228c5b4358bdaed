import type { Metadata } from 'next'
import { TARGET_TYPES } from '@/schemas/targets'
import { CALCULATOR_PATH, calculatorHref } from '@/schemas/target-calculator'
import type { TargetCalculatorView } from '@/server/tools/compute-target-calculator'
import { CalculatorFigureForm, CalculatorTypeChooser, type CalculatorFormProps } from './calculator-form'
import { CalculatorResult } from './calculator-result'

export const calculatorMetadata: Metadata = {
  title: 'Target calculator',
  description:
    'Turn an emissions reduction target into its year-by-year path, and compare a member’s verified inventories with it.',
  alternates: { canonical: CALCULATOR_PATH },
}

/** The calculator: the same for the empty page and every computed view. */
export function TargetCalculator({ view }: { view: TargetCalculatorView }) {
  const { query } = view
  const type = query.type
  const hasErrors = Object.keys(query.fieldErrors).length > 0
  const formProps: CalculatorFormProps = {
    query: { values: query.values, fieldErrors: query.fieldErrors, memberQuery: query.memberQuery },
    member: view.member && { slug: view.member.slug, name: view.member.name, state: view.member.state },
    matches: view.matches && {
      total: view.matches.total,
      items: view.matches.items.map(({ slug, name, state }) => ({ slug, name, state })),
    },
  }
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl">Target calculator</h1>
      <p className="mt-4 max-w-3xl">
        See the year-by-year emissions path of a reduction target, drawn the way member profiles draw their
        targets: a straight line from the base year to the target year. Choose one of the four target types of
        the Common Reporting Framework, enter its figures, and compare the path with a member’s verified
        greenhouse gas inventories if you like.
      </p>
      {type === null ? (
        <CalculatorTypeChooser {...formProps} />
      ) : (
        <>
          <p className="mt-4">
            <strong>{TARGET_TYPES[type].label}</strong>: {TARGET_TYPES[type].hint}{' '}
            <a href={calculatorHref({ member: view.member?.slug })}>Choose a different type of target</a>
          </p>
          {view.result && !hasErrors && <CalculatorResult view={view} />}
          {view.result && !hasErrors && <h2 className="mt-10 text-2xl">Change the figures</h2>}
          <CalculatorFigureForm {...formProps} type={type} />
        </>
      )}
    </div>
  )
}
