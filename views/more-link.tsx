import type { FC } from 'hono/jsx'

/** "More": a plain link to the next page, which htmx turns into an in-place append of that page. */
export const MoreLink: FC<{ href: string; fragmentHref: string; label: string; as?: 'li' | 'p' | 'tr'; columns?: number }> = (
  { href, fragmentHref, label, as, columns },
) => {
  const link = <a href={href} hx-get={fragmentHref} hx-target="closest .more" hx-swap="outerHTML">{label}</a>
  if (as === 'tr') return <tr class="more"><td colspan={columns}>{link}</td></tr>
  return as === 'li' ? <li class="more">{link}</li> : <p class="more">{link}</p>
}
