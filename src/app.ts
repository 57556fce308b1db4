import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { onChunkError } from './composables/useStaleBuild'
import './styles/base.css'
import './styles/app.css'

const app = createApp(App)
// A lazy component or a chart's spec module of an older build: the page says it was updated.
// Anything else is logged as Vue logs it when no handler is set.
app.config.errorHandler = (error) => {
  if (!onChunkError(error)) console.error(error)
}
// Modules loaded outside Vue's reach (the tooltip on first hover, 长辈版's decals, English).
addEventListener('unhandledrejection', (event) => {
  if (onChunkError(event.reason)) event.preventDefault()
})
app.use(createPinia()).use(createAppRouter()).mount('#app')
