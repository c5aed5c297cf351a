import { DEMO_LOCALES, type DemoLocale } from '../i18n/locales.js';
import type { DemoStrings } from '../i18n/demo-strings.js';

export interface LanguageSwitchProps {
  readonly locale: DemoLocale;
  readonly strings: DemoStrings;
  readonly onChange: (locale: DemoLocale) => void;
}

/**
 * Toggle buttons, one per language, each named in its own language. Narrow screens show the
 * language code ("EN"); the accessible name stays the full name.
 */
export function LanguageSwitch({ locale, strings, onChange }: LanguageSwitchProps) {
  return (
    <div className="language-switch" role="group" aria-label={strings.languageLabel}>
      {DEMO_LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          onClick={() => onChange(option)}
        >
          <span className="language-switch__long">{strings.languageNames[option]}</span>
          <span className="language-switch__short" aria-hidden="true">
            {option.toUpperCase()}
          </span>
        </button>
      ))}
    </div>
  );
}
