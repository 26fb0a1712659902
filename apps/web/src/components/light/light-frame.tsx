import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { useFirstPaintText } from '../../i18n/first-paint-i18n.ts';
import { chooseLocale } from '../../i18n/locale.ts';
import { MANTINE_CLASSES as C, Group, Paper, Stack, Text, Title, VisuallyHidden } from './light-ui.tsx';

/**
 * The frame of the pages before the application (sign-in, the public report form), drawn without
 * Mantine's JavaScript (decision 0033); the forced password and 2FA pages keep the Mantine AuthFrame.
 */
export function LightFrame({
  title,
  children,
  width = 440,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useFirstPaintText();
  return (
    <main className="auth-page" id="main">
      <div
        className={C.container}
        data-strategy="block"
        style={
          {
            '--container-size': `calc(${width / 16}rem * var(--mantine-scale))`,
            paddingInline: 'var(--mantine-spacing-sm)',
            paddingBlock: 'var(--mantine-spacing-xl)',
          } as React.CSSProperties
        }
      >
        <Group
          justify="space-between"
          align="flex-start"
          style={{ marginBottom: 'var(--mantine-spacing-lg)' }}
        >
          <Group gap="sm">
            <div
              className="brand-mark"
              style={{ background: '#fff', color: 'var(--mantine-color-navy-9)' }}
              aria-hidden
            >
              UC
            </div>
            <Stack gap="0">
              <Text style={{ color: 'var(--mantine-color-white)', fontWeight: 700 }}>{t('app.name')}</Text>
              <Text size="xs" style={{ color: 'var(--mantine-color-navy-1)' }}>
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <Paper style={{ padding: 'calc(0.125rem * var(--mantine-scale))' }}>
            <LightLanguageSwitch />
          </Paper>
        </Group>
        <Paper withBorder shadow="sm" radius="md" className="light-frame-card">
          <Title order={1} size="h3" style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
            {title}
          </Title>
          {children}
        </Paper>
      </div>
    </main>
  );
}

const LOCALES: Locale[] = ['vi', 'en'];

/** VI | EN as Mantine's SegmentedControl draws it, the white indicator under the chosen one. */
export function LightLanguageSwitch() {
  const { t, locale } = useFirstPaintText();
  const name = useId();
  const root = useRef<HTMLDivElement>(null);
  const [indicator, setIndicator] = useState<React.CSSProperties | null>(null);
  useLayoutEffect(() => {
    const control = root.current?.querySelector<HTMLElement>(`input[value="${locale}"]`)?.parentElement;
    if (!control) return;
    setIndicator({
      transform: `translateY(${control.offsetTop}px) translateX(${control.offsetLeft}px)`,
      width: control.offsetWidth,
      height: control.offsetHeight,
    });
  }, [locale]);
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <VisuallyHidden as="legend">{t('lang.label')}</VisuallyHidden>
      <div
        ref={root}
        className={C.segmented}
        data-size="xs"
        data-with-items-borders="true"
        data-testid="language-switch"
        role="radiogroup"
        data-initialized={indicator ? 'true' : undefined}
        style={
          {
            '--sc-shadow': 'var(--mantine-shadow-xs)',
            '--sc-padding': 'var(--sc-padding-xs)',
            '--sc-font-size': 'var(--mantine-font-size-xs)',
          } as React.CSSProperties
        }
      >
        {indicator && (
          <span
            className={`${C.segmentedIndicator} ${C.floatingIndicator}`}
            data-initialized="true"
            style={
              {
                '--transition-duration': 'var(--sc-transition-duration)',
                ...indicator,
              } as React.CSSProperties
            }
          />
        )}
        {LOCALES.map((value) => (
          <div key={value} className={C.segmentedControl} data-active={locale === value || undefined}>
            <input
              className={C.segmentedInput}
              data-focus-ring="auto"
              type="radio"
              value={value}
              checked={locale === value}
              name={name}
              id={`${name}-${value}`}
              onChange={() => chooseLocale(value)}
            />
            <label
              className={C.segmentedLabel}
              data-active={locale === value || undefined}
              htmlFor={`${name}-${value}`}
            >
              <span className={C.segmentedInnerLabel}>
                <span title={t(`lang.${value}`)}>{value.toUpperCase()}</span>
              </span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
