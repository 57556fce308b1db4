import type { AgencyGroup } from '../domain/agencyGroups'
import type { Messages } from './messages'

/** A chooser group's heading: "樟树市 · 部门"; top-level governments by their kind alone. */
export function agencyGroupLabel(g: AgencyGroup, m: Messages, tl: (text: string) => string): string {
  const kind = m.agencyKinds[g.kind]
  return g.parent ? `${tl(g.parent)} · ${kind}` : kind
}
