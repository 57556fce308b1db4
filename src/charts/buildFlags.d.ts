/**
 * Set to true by vite.embed.config.ts (`define`): code only the app needs is left out of the
 * embed runtime. Undeclared elsewhere (the app, Node, tests): read it through `typeof`.
 */
declare const __XXGK_EMBED__: boolean
