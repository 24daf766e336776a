import type { Child, FC } from 'hono/jsx'

export type NavKey = 'corpus' | 'compare' | 'trends' | 'search' | null

export interface LayoutProps {
  title: string
  nav?: NavKey | undefined
  children?: Child
}

/**
 * htmx reads its configuration from this meta tag, so no inline script is needed under the CSP;
 * its injected indicator stylesheet is off (style.css has the rules), and going back in history
 * reloads the page from the server, which renders every URL in full.
 */
const HTMX_CONFIG = JSON.stringify({ includeIndicatorCSS: false, history: 'reload' })

const NAV: Array<{ key: Exclude<NavKey, null>; href: string; label: string }> = [
  { key: 'corpus', href: '/', label: 'Corpus' },
  { key: 'compare', href: '/compare', label: 'Compare' },
  { key: 'trends', href: '/trends', label: 'Trends' },
  { key: 'search', href: '/search', label: 'Search' },
]

/** Every page: no external requests; htmx, script and styles come from this server. */
export const Layout: FC<LayoutProps> = ({ title, nav, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <meta name="htmx-config" content={HTMX_CONFIG} />
      <title>{title} · Redline</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/assets/style.css" />
      <link rel="stylesheet" href="/assets/pages.css" />
      <script src="/assets/htmx.js" defer></script>
      <script src="/assets/app.js" defer></script>
    </head>
    <body>
      <a class="skip" href="#main">Skip to content</a>
      <header class="site">
        <a class="brand" href="/">Redline</a>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a href={item.href} aria-current={item.key === nav ? 'page' : undefined}>{item.label}</a>
          ))}
        </nav>
      </header>
      <main id="main" tabindex={-1}>{children}</main>
      <footer class="site">Redline · word-level changes in dated statements</footer>
    </body>
  </html>
)
