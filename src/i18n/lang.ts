/** The dashboard's languages: Chinese (the default and the reports' own) and English. */
export type Lang = 'zh' | 'en'

export function parseLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'zh'
}

/** BCP 47 tag for `<html lang>` and Intl formatters. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN'
}
