import type { FC } from 'hono/jsx'

export interface DownloadLink {
  format: string
  href: string
}

const LABELS: Record<string, string> = { json: 'JSON', md: 'Markdown', html: 'HTML', csv: 'CSV', pdf: 'PDF' }

/** The export formats of what is on screen, with the view options in each link. */
export const DownloadLinks: FC<{ label: string; links: DownloadLink[] }> = ({ label, links }) => (
  <nav class="downloads" aria-label={label}>
    <span class="downloads-label">{label}:</span>
    {links.map((link) => <a class="button small" href={link.href} download>{LABELS[link.format] ?? link.format}</a>)}
  </nav>
)
