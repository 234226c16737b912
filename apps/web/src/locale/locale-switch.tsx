import { useId } from 'react'
import { CONTENT_LOCALES, isContentLocale, useContentLocale } from './content-locale.ts'

export function LocaleSwitch() {
  const { locale, setLocale } = useContentLocale()
  const id = useId()
  return (
    <div className="locale-switch">
      <label htmlFor={id}>Content language</label>
      <select id={id} value={locale} onChange={(event) => isContentLocale(event.target.value) && setLocale(event.target.value)}>
        {CONTENT_LOCALES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
