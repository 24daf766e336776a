import { parse } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'li', 'ul', 'ol',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'pre', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'address', 'hr',
])
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'iframe', 'object'])
const INLINE_SPACE_RE = /[ \t\n\r\f]+/g

export interface HtmlContent {
  /** Body text with one paragraph per block element, blank lines between. */
  text: string
  title: string | null
  /** From `<meta name="date">`, `<meta property="article:published_time">` or the first `<time datetime>`. */
  date: string | null
}

/** Text of an HTML document through a real parser, keeping block structure as paragraphs. */
export function htmlToText(html: string): HtmlContent {
  const document = parse(html)
  const blocks: string[] = []
  let current = ''
  let title: string | null = null
  let date: string | null = null

  const flush = () => {
    const text = current.replace(INLINE_SPACE_RE, ' ').trim()
    if (text) blocks.push(text)
    current = ''
  }
  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterMap['textNode']).value
      return
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach(visit)
      return
    }
    const element = node as Element
    if (element.tagName === 'title') title ??= textOf(element).trim() || null
    if (element.tagName === 'meta') date ??= metaDate(element)
    if (element.tagName === 'time') date ??= attribute(element, 'datetime')
    if (SKIPPED_TAGS.has(element.tagName)) return
    if (element.tagName === 'br') {
      flush()
      return
    }
    const block = BLOCK_TAGS.has(element.tagName)
    if (block) flush()
    element.childNodes.forEach(visit)
    if (block) flush()
  }
  // <head> is skipped for text but still holds title and meta.
  const html5 = document.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html')
  const head = html5?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'head')
  head?.childNodes.forEach((node) => {
    if (!('tagName' in node)) return
    if (node.tagName === 'title') title ??= textOf(node).trim() || null
    if (node.tagName === 'meta') date ??= metaDate(node)
  })
  visit(document)
  flush()
  return { text: blocks.join('\n\n'), title, date: date ? String(date).slice(0, 10) : null }
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null
}

function metaDate(element: Element): string | null {
  const key = attribute(element, 'name') ?? attribute(element, 'property')
  if (!key || !/^(date|dc\.date|article:published_time|citation_date)$/i.test(key)) return null
  return attribute(element, 'content')
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''
}
