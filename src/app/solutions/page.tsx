export const metadata = { title: 'Solutions' }

export default function Page() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl">Solutions</h1>
      <p className="mt-4">This section is being built.</p>
    </div>
  )
}
