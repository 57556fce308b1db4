/** The dashboard's languages: Chinese (the default and the reports' own) and English. */
export type Lang = 'zh' | 'en'

/** BCP 47 tag for `<html lang>` and Intl formatters. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN'
}
