// Entry of `embed.js`, loaded by host pages with <script src=".../embed.js" async>.
import { installEmbedHost } from './host'

const script = document.currentScript as HTMLScriptElement | null
if (script?.src) installEmbedHost(window, script.src)
