import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'
// Static on purpose: the view is tiny and shares most of its code with the overview; each
// chart's spec and ECharts module still load lazily, through the registry.
import ChartsView from '@/views/ChartsView.vue'

import { VIEWS as CATALOGUE, type ViewId } from '@/charts/registry'
import { onNavigationError } from '@/composables/useStaleBuild'

/** The Vue component of each view that is not a plain list of charts. */
const SPECIAL: Partial<Record<ViewId, RouteRecordRaw['component']>> = {
  overview: OverviewView,
  disclosure: () => import('@/views/DisclosureView.vue'),
}

/**
 * The views, in navigation order: the catalogue's, then the dataset's coverage and staff data
 * management. The overview and
 * the chart-list view are in the first bundle.
 */
export const VIEWS = [
  ...(Object.keys(CATALOGUE) as ViewId[]).map((name) => ({
    path: `/${name}`,
    name,
    title: CATALOGUE[name].title,
    component: SPECIAL[name] ?? ChartsView,
    ...(SPECIAL[name] ? {} : { props: { view: name } }),
  })),
  { path: '/compare', name: 'compare', title: '机构对比', component: () => import('@/views/CompareView.vue') },
  { path: '/coverage', name: 'coverage', title: '数据覆盖', component: () => import('@/views/CoverageView.vue') },
  { path: '/data', name: 'data', title: '数据管理', component: () => import('@/views/DataView.vue') },
]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  ...VIEWS.map((v): RouteRecordRaw => ({
    path: v.path,
    name: v.name,
    component: v.component,
    meta: { title: v.title },
    ...('props' in v ? { props: v.props } : {}),
  })),
  // Static hosting has no 404 page to fall back on: an unknown path lands on the overview.
  { path: '/:unknown(.*)*', redirect: '/overview' },
]

export function createAppRouter() {
  // Hash history: government sites serve files as they are, with no rewrite rules.
  const router = createRouter({ history: createWebHashHistory(), routes })
  // An embed URL opened inside the running app (same tab, hash change only) needs the embed
  // runtime, which main.ts picks at page load.
  router.beforeEach((to) => {
    if (to.path.startsWith('/embed/')) {
      window.location.reload()
      return false
    }
    return true
  })
  // A lazy view of an older build, gone after a redeploy.
  router.onError((error, to) => onNavigationError(error, router.resolve(to).href))
  return router
}
