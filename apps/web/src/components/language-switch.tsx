import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { useTranslation } from 'react-i18next';
import { changeLocale, useLocale } from '../i18n/i18n.ts';

/** VI | EN; `onChanged` lets a signed-in screen save the choice to the account. */
export function LanguageSwitch({ onChanged }: { onChanged?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <VisuallyHidden component="legend">{t('lang.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={locale}
        data-testid="language-switch"
        onChange={(value) => {
          const next: Locale = value === 'en' ? 'en' : 'vi';
          void changeLocale(next).then(() => onChanged?.(next));
        }}
        data={[
          { value: 'vi', label: <span title={t('lang.vi')}>VI</span> },
          { value: 'en', label: <span title={t('lang.en')}>EN</span> },
        ]}
      />
    </fieldset>
  );
}
