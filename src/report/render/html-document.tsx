import type { Child, FC } from 'hono/jsx'
import type { HtmlEscapedString } from 'hono/utils/html'
import { raw } from 'hono/html'
import { EXPORT_CSS } from './html-style.ts'

/** Belt and braces: even if a value slipped through unescaped, the file could load and run nothing. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/** The shell of every HTML export: one self-contained file, styles inline, no scripts. */
export const ExportDocument: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="generator" content="Redline" />
      <title>{title}</title>
      {/* A constant of this module, never document text: the one place raw() is right. */}
      <style>{raw(EXPORT_CSS)}</style>
    </head>
    <body>
      <main>{children}</main>
    </body>
  </html>
)

/** The page as a string with its doctype. */
export async function renderHtmlPage(page: HtmlEscapedString | Promise<HtmlEscapedString>): Promise<string> {
  // A JSX node's toString() is a promise when some component is async; awaiting covers both.
  return `<!doctype html>\n${await (await page).toString()}\n`
}
