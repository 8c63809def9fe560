// First, so the stylesheet that declares the cascade layer order is the page's first (app/globals.css).
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DevReload } from '@/components/dev/dev-reload';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Announcer } from '@/components/variables/announcer';
import { contentFingerprint } from '@/lib/content/stamp';
import { contentDir } from '@/lib/content/content-dir';
import { IS_DEV } from '@/lib/site/load';
import { SITE } from '@/lib/site/routes';
import { readSiteConfig } from '@/lib/site/config';

const { siteUrl } = readSiteConfig();

export const metadata: Metadata = {
  ...(siteUrl ? { metadataBase: new URL(`${siteUrl}/`) } : {}),
  title: { default: SITE.name, template: `%s · ${SITE.name}` },
  description: SITE.description,
  icons: { icon: SITE.icon },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  // The page background, --bg in app/styles/tokens.css.
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#14171c' },
  ],
};

/** Every page: header with search, main content, footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
          <Announcer />
        </main>
        <SiteFooter />
        {IS_DEV && <DevReload version={contentFingerprint(contentDir())} />}
      </body>
    </html>
  );
}
