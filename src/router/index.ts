import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'
// Static on purpose: the view is tiny and shares most of its code with the overview; each
// chart's spec and ECharts module still load lazily, through the registry.
import ChartsView from '@/views/ChartsView.vue'

/** The views, in navigation order. The overview and the chart-list view are in the first bundle. */
export const VIEWS = [
  { path: '/overview', name: 'overview', title: '概览', component: OverviewView },
  { path: '/channels', name: 'channels', title: '发布渠道', component: ChartsView, props: { view: 'channels', withYear: false } },
  { path: '/requests', name: 'requests', title: '依申请公开', component: ChartsView, props: { view: 'requests' } },
  { path: '/cleanup', name: 'cleanup', title: '新媒体清理', component: ChartsView, props: { view: 'cleanup' } },
  { path: '/training', name: 'training', title: '培训与参与', component: ChartsView, props: { view: 'training' } },
  { path: '/disclosure', name: 'disclosure', title: '主动公开', component: () => import('@/views/DisclosureView.vue') },
  { path: '/review', name: 'review', title: '复议诉讼', component: ChartsView, props: { view: 'review' } },
  { path: '/trends', name: 'trends', title: '趋势', component: ChartsView, props: { view: 'trends', withYear: false } },
  { path: '/coverage', name: 'coverage', title: '数据覆盖', component: () => import('@/views/CoverageView.vue') },
  { path: '/data', name: 'data', title: '数据管理', component: () => import('@/views/DataView.vue') },
] as const

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  ...VIEWS.map((v): RouteRecordRaw => ({ path: v.path, name: v.name, component: v.component, meta: { title: v.title }, ...('props' in v ? { props: v.props } : {}) })),
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
  return router
}
