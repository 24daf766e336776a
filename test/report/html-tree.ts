import { parse } from 'parse5'
import type { DefaultTreeAdapterTypes as T } from 'parse5'

export type Element = T.Element

/** Every element of a parsed document, depth first. */
export function elements(html: string): Element[] {
  const found: Element[] = []
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        found.push(child)
        visit(child.tagName === 'template' ? (child as T.Template).content : child)
      }
    }
  }
  visit(parse(html))
  return found
}

/** The elements inside one element, depth first. */
export function descendants(node: Element): Element[] {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : []))
}

/** The text of an element as a browser would show it (entities decoded). */
export function textOf(node: T.ParentNode): string {
  return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('')
}

export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value

/** URL-bearing attributes that would make the file reach out or run something. */
const URL_ATTRS = new Set(['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping'])
const EXTERNAL_RE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i

/** Elements and attributes that load something or run script; an offline, script-free export has none. */
export function externalLoads(html: string): string[] {
  const problems: string[] = []
  for (const element of elements(html)) {
    if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'base', 'form', 'svg', 'video', 'audio'].includes(element.tagName)) problems.push(`<${element.tagName}>`)
    for (const { name, value } of element.attrs) {
      if (name.startsWith('on')) problems.push(`${name} on <${element.tagName}>`)
      if (URL_ATTRS.has(name) && EXTERNAL_RE.test(value)) problems.push(`${name}="${value}"`)
      if (name === 'style' && /url\(|@import/i.test(value)) problems.push(`style="${value}"`)
    }
    if (element.tagName === 'style' && /url\(|@import/i.test(textOf(element))) problems.push('url() in <style>')
  }
  return problems
}
