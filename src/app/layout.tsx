import type { Metadata } from 'next'
import './globals.css'
import { SiteHeader } from '@/components/layout/site-header'
import { SiteFooter } from '@/components/layout/site-footer'
import { DemoNotice } from '@/components/layout/demo-notice'
import { siteSettings } from '@/lib/site'
import { hasDemoData } from '@/server/content/has-demo-data'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, siteUrl } = siteSettings()
  return {
    metadataBase: new URL(siteUrl),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: 'Local governments leading on climate: campaigns, pledges, targets and public progress.',
    openGraph: { siteName, type: 'website' },
    // Static files in public/ (cached a day: next.config.ts).
    icons: {
      icon: [
        { url: '/icon.svg', type: 'image/svg+xml' },
        { url: '/favicon.ico', sizes: '32x32' },
      ],
      apple: '/apple-touch-icon.png',
    },
  }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { siteName, orgName } = siteSettings()
  const demo = await hasDemoData()
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader siteName={siteName} />
        {demo && <DemoNotice />}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter orgName={orgName} />
      </body>
    </html>
  )
}
