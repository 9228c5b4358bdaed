'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { Radios } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import type { InviteState, InviteValues } from '@/schemas/users'
import { inviteAction } from '../actions'

const ORDER = ['form', 'email', 'name', 'role', 'municipalitySlug', 'title']

/** The invitation: who, which role, and for officials which municipality. Works without JavaScript. */
export function InviteForm() {
  const [state, action] = useActionState<InviteState, FormData>(inviteAction, null)
  const errors = state?.fieldErrors ?? {}
  const v = (k: keyof InviteValues) => state?.values[k] ?? ''
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state?.formError} order={ORDER} />
      <Field
        name="email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={v('email')}
        error={errors.email}
      />
      <Field name="name" label="Full name" autoComplete="off" defaultValue={v('name')} error={errors.name} />
      <Radios
        name="role"
        legend="Role"
        error={errors.role}
        defaultValue={v('role')}
        options={[
          { value: 'EDITOR', label: 'Editor', hint: 'Content pages, pledge texts and solutions' },
          { value: 'MODERATOR', label: 'Moderator', hint: 'Pledges, reports and municipalities' },
          { value: 'ADMIN', label: 'Administrator', hint: 'Everything, including users and the audit log' },
          {
            value: 'OFFICIAL',
            label: 'Official',
            hint: 'Reports for one municipality; signs in by email link',
          },
        ]}
      />
      <fieldset className="space-y-4">
        <legend className="font-semibold">For officials only</legend>
        <Field
          name="municipalitySlug"
          label="Slug of their municipality"
          hint="As in /members/<slug>, for example burlington-vt"
          autoComplete="off"
          defaultValue={v('municipalitySlug')}
          error={errors.municipalitySlug}
          width="md"
        />
        <Field
          name="title"
          label="Their title (optional)"
          hint="For example, Sustainability Director"
          defaultValue={v('title')}
          error={errors.title}
          width="md"
        />
      </fieldset>
      <SubmitButton>Send invitation</SubmitButton>
    </form>
  )
}
