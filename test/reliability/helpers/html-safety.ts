import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Scripts the layout itself loads; any other script element came from somewhere it should not. */
const OWN_SCRIPTS = new Set(['/assets/htmx.js', '/assets/app.js'])
/** Elements that the hostile corpus carries and no Redline view emits. */
const CORPUS_ONLY_ELEMENTS = new Set(['x-evil', 'iframe', 'img', 'object', 'embed', 'marquee', 'base', 'frame', 'frameset', 'applet'])
/** Attributes a browser follows or fetches as a URL (htmx's hx-* verbs included). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping', 'srcset',
  'hx-get', 'hx-post', 'hx-put', 'hx-patch', 'hx-delete'])
/** What a browser strips from a URL before reading its scheme (WHATWG URL: C0 controls, space, tab, newline). */
const URL_IGNORED_RE = /[\u0000-\u0020]/g
const SCRIPT_SCHEME_RE = /^(?:javascript|vbscript|data:text\/html)/i
const SPACE_RUN_RE = /\s+/g

/** Everything in a page that could run code, by kind; each entry says which element and attribute. */
export interface HtmlFindings {
  scripts: string[]
  handlers: string[]
  scriptUrls: string[]
  corpusElements: string[]
}

export interface InspectedHtml {
  findings: HtmlFindings
  /** Text content of the whole tree, script and style excluded, runs of whitespace collapsed to one space. */
  text: string
  /** The same without `.visually-hidden` elements: what a sighted reader sees, in order. */
  visibleText: string
  /** Every element, for checks on attributes (`value`, `title`) and structure. */
  elements: Element[]
  /**
   * Visible text with every space removed and the given elements skipped: `textWithout(['del'])`
   * reads an inline redline as its new wording, whatever spacing the marks add or drop.
   */
  textWithout: (tags: string[]) => string
}

/** Parses a whole page (or, with `fragment`, an htmx partial) with parse5, as a browser would. */
export function inspectHtml(html: string, { fragment = false } = {}): InspectedHtml {
  const root = fragment ? parseFragment(html) : parse(html)
  const findings: HtmlFindings = { scripts: [], handlers: [], scriptUrls: [], corpusElements: [] }
  const elements: Element[] = []
  let text = ''
  let visibleText = ''
  const visit = (node: Node, hidden: boolean): void => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value
      text += value
      if (!hidden) visibleText += value
      return
    }
    if ('tagName' in node) {
      const element = node as Element
      elements.push(element)
      inspectElement(element, findings)
      if (element.tagName === 'script' || element.tagName === 'style') return
      hidden ||= (attribute(element, 'class') ?? '').split(/\s+/).includes('visually-hidden')
      if (element.tagName === 'template') visit((element as DefaultTreeAdapterMap['template']).content, hidden)
    }
    if ('childNodes' in node) node.childNodes.forEach((child) => visit(child, hidden))
  }
  visit(root, false)
  const textWithout = (tags: string[]) => readable(root, new Set(tags)).replace(SPACE_RUN_RE, '')
  return { findings, text: collapseSpace(text), visibleText: collapseSpace(visibleText), elements, textWithout }
}

function inspectElement(element: Element, findings: HtmlFindings): void {
  const where = `<${element.tagName}>`
  if (CORPUS_ONLY_ELEMENTS.has(element.tagName)) findings.corpusElements.push(where)
  if (element.tagName === 'script') {
    const src = attribute(element, 'src')
    const inline = element.childNodes.some((child) => child.nodeName === '#text' && (child as DefaultTreeAdapterMap['textNode']).value.trim() !== '')
    if (inline || src === null || !OWN_SCRIPTS.has(src)) findings.scripts.push(`${where} src=${JSON.stringify(src)} inline=${inline}`)
  }
  for (const { name, value } of element.attrs) {
    if (/^on/i.test(name)) findings.handlers.push(`${where} ${name}=${JSON.stringify(value)}`)
    const urlLike = URL_ATTRIBUTES.has(name.toLowerCase()) || (element.tagName === 'meta' && name === 'content' && /url=/i.test(value))
    const url = value.replace(/^.*url=/i, element.tagName === 'meta' ? '' : '$&').replace(URL_IGNORED_RE, '')
    if (urlLike && SCRIPT_SCHEME_RE.test(url)) findings.scriptUrls.push(`${where} ${name}=${JSON.stringify(value)}`)
  }
}

function readable(node: Node, skip: Set<string>): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if ('tagName' in node) {
    const element = node as Element
    const hidden = (attribute(element, 'class') ?? '').split(/\s+/).includes('visually-hidden')
    if (hidden || skip.has(element.tagName) || element.tagName === 'script' || element.tagName === 'style') return ''
  }
  return 'childNodes' in node ? node.childNodes.map((child) => readable(child, skip)).join('') : ''
}

/** `s` with all whitespace removed, to compare with `textWithout`. */
export const withoutSpace = (s: string) => s.replace(SPACE_RUN_RE, '')

export function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null
}

/** Whitespace-insensitive form for comparing stored text with rendered text (HTML collapses runs). */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN_RE, ' ').trim()
}

export const NO_FINDINGS: HtmlFindings = { scripts: [], handlers: [], scriptUrls: [], corpusElements: [] }
