import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, useLocale } from '../i18n/i18n.ts';

/** VI | EN; `onChanged` lets a signed-in screen save the choice to the account. */
export function LanguageSwitch({ onChanged }: { onChanged?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <VisuallyHidden id={id}>{t('lang.label')}</VisuallyHidden>
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
    </div>
  );
}
