/**
 * A tiny DOM builder for the framework-free embed. Children are text or nodes; text always goes
 * in through text nodes, so nothing from the data can ever become markup.
 */
type Child = Node | string | false | null | undefined

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '')
    else if (typeof value === 'string') el.setAttribute(name, value)
  }
  for (const child of children) if (child) el.append(child)
  return el
}

const SVG_NS = 'http://www.w3.org/2000/svg'

export function svg(tag: string, attrs: Record<string, string | number | undefined>, ...children: Node[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value))
  el.append(...children)
  return el
}
