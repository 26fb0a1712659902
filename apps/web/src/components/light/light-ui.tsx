import { type ButtonHTMLAttributes, type CSSProperties, type ReactNode, useId } from 'react';

import { C, fontSize, space, type Vars } from './light-classes.ts';

export { MANTINE_CLASSES } from './light-classes.ts';
export { PasswordInput, Textarea, TextInput } from './light-inputs.tsx';

// The few widgets of the first paint (sign-in page, public report form) as plain elements wearing
// Mantine's own CSS classes (its styles.css is loaded anyway), so they look exactly like the
// Mantine components of the app without Mantine's JavaScript (decision 0033). The class names are
// those of the installed Mantine version: light-ui.test.tsx checks that styles.css still has them.

export function Stack({
  gap = 'md',
  children,
  style,
}: {
  gap?: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const vars: Vars = {
    '--stack-gap': gap === '0' ? '0rem' : space(gap),
    '--stack-align': 'stretch',
    '--stack-justify': 'flex-start',
    ...style,
  };
  return (
    <div className={C.stack} style={vars}>
      {children}
    </div>
  );
}

export function Group({
  gap = 'md',
  align = 'center',
  justify = 'flex-start',
  children,
  style,
}: {
  gap?: string;
  align?: string;
  justify?: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const vars: Vars = {
    '--group-gap': space(gap),
    '--group-align': align,
    '--group-justify': justify,
    '--group-wrap': 'nowrap',
    ...style,
  };
  return (
    <div className={C.group} style={vars}>
      {children}
    </div>
  );
}

/** Mantine's Text: `size` xs/sm/md, `dimmed` for secondary text. */
export function Text({
  size,
  dimmed,
  children,
  style,
  testId,
}: {
  size?: 'xs' | 'sm' | 'md';
  dimmed?: boolean;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  const vars: Vars = {
    ...(size ? { '--text-fz': fontSize(size), '--text-lh': `var(--mantine-line-height-${size})` } : {}),
    ...(dimmed ? { color: 'var(--mantine-color-dimmed)' } : {}),
    ...style,
  };
  return (
    <p className={`mantine-focus-auto ${C.text}`} data-size={size} style={vars} data-testid={testId}>
      {children}
    </p>
  );
}

export function Title({
  order,
  size,
  children,
  style,
}: {
  order: 1 | 2;
  size: 'h3';
  children: ReactNode;
  style?: CSSProperties;
}) {
  const vars: Vars = {
    '--title-fw': `var(--mantine-${size}-font-weight)`,
    '--title-lh': `var(--mantine-${size}-line-height)`,
    '--title-fz': `var(--mantine-${size}-font-size)`,
    ...style,
  };
  const Tag = order === 1 ? 'h1' : 'h2';
  return (
    <Tag className={C.title} data-size={size} data-order={order} style={vars}>
      {children}
    </Tag>
  );
}

export function Anchor({
  href,
  onClick,
  size,
  children,
  style,
}: {
  href?: string;
  onClick?: () => void;
  size?: 'sm';
  children: ReactNode;
  style?: CSSProperties;
}) {
  const vars: Vars = {
    ...(size ? { '--text-fz': fontSize(size), '--text-lh': `var(--mantine-line-height-${size})` } : {}),
    ...style,
  };
  const className = `mantine-focus-auto ${C.anchor} ${C.text}`;
  if (href)
    return (
      <a className={className} data-underline="hover" data-size={size} href={href} style={vars}>
        {children}
      </a>
    );
  return (
    <button
      type="button"
      className={`${className} ${C.unstyledButton}`}
      data-underline="hover"
      data-size={size}
      onClick={onClick}
      style={vars}
    >
      {children}
    </button>
  );
}

export function Paper({
  withBorder,
  radius = 'sm',
  shadow,
  className,
  children,
  style,
}: {
  withBorder?: boolean;
  radius?: string;
  shadow?: string;
  className?: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const vars: Vars = {
    '--paper-radius': `var(--mantine-radius-${radius})`,
    ...(shadow ? { '--paper-shadow': `var(--mantine-shadow-${shadow})` } : {}),
    ...style,
  };
  return (
    <div
      className={`${C.paper}${className ? ` ${className}` : ''}`}
      data-with-border={withBorder || undefined}
      style={vars}
    >
      {children}
    </div>
  );
}

/** Mantine's oval Loader. */
export function Loader({ label, size = 'md', color }: { label?: string; size?: string; color?: string }) {
  const vars: Vars = {
    '--loader-size': size.startsWith('calc') ? size : `var(--loader-size-${size})`,
    ...(color ? { '--loader-color': color } : {}),
  };
  const className = `${C.loader} ${C.ovalLoader}`;
  if (!label) return <span className={className} style={vars} />;
  return <span className={className} role="status" aria-label={label} style={vars} />;
}

export function Alert({
  color,
  title,
  children,
  role = 'alert',
  testId,
}: {
  color: 'red' | 'orange' | 'teal';
  title?: string;
  children: ReactNode;
  role?: 'alert' | 'status';
  testId?: string;
}) {
  const id = useId();
  const vars: Vars = {
    '--alert-bg': `var(--mantine-color-${color}-light)`,
    '--alert-color': `var(--mantine-color-${color}-light-color)`,
    '--alert-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
  };
  return (
    <div
      className={C.alert}
      role={role}
      data-testid={testId}
      {...{ 'aria-describedby': `${id}-body`, 'aria-labelledby': title ? `${id}-title` : undefined }}
      style={vars}
    >
      <div className={C.alertWrapper}>
        <div className={C.alertBody}>
          {title && (
            <div className={C.alertTitle}>
              <span id={`${id}-title`} className={C.alertLabel}>
                {title}
              </span>
            </div>
          )}
          <div id={`${id}-body`} className={C.alertMessage}>
            {children}
          </div>
        </div>
      </div>
    </div>
  );
}

export function Button({
  loading,
  size,
  variant = 'filled',
  leftSection,
  fullWidth,
  children,
  testId,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  fullWidth?: boolean;
  loading?: boolean;
  size?: 'md';
  variant?: 'filled' | 'default';
  leftSection?: ReactNode;
  testId?: string;
}) {
  const vars: Vars = {
    ...(size
      ? {
          '--button-height': `var(--button-height-${size})`,
          '--button-padding-x': `var(--button-padding-x-${size})`,
          '--button-fz': fontSize(size),
        }
      : {}),
    ...(variant === 'default'
      ? {
          '--button-bg': 'var(--mantine-color-default)',
          '--button-hover': 'var(--mantine-color-default-hover)',
          '--button-color': 'var(--mantine-color-default-color)',
          '--button-bd': 'calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-default-border)',
        }
      : { '--button-color': 'var(--mantine-color-white)' }),
  };
  return (
    <button
      {...rest}
      className={`mantine-focus-auto mantine-active ${C.button} ${C.unstyledButton}`}
      data-variant={variant === 'default' ? 'default' : undefined}
      data-size={size}
      data-block={fullWidth || undefined}
      data-with-left-section={leftSection ? true : undefined}
      data-loading={loading || undefined}
      data-disabled={loading || undefined}
      disabled={loading || rest.disabled}
      data-testid={testId}
      style={vars}
    >
      {loading && (
        // Centred as Mantine's loader transition leaves it.
        <span
          className={C.buttonLoader}
          aria-hidden
          style={{ transform: 'translate(-50%, calc(-50% + 1px))' }}
        >
          <Loader size="calc(var(--button-height) / 1.8)" color="var(--button-color)" />
        </span>
      )}
      <span className={C.buttonInner}>
        {leftSection && (
          <span className={C.buttonSection} data-position="left">
            {leftSection}
          </span>
        )}
        <span className={C.buttonLabel}>{children}</span>
      </span>
    </button>
  );
}

/** An unstyled fieldset whose legend reads as a small heading (the public form's two parts). */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={C.fieldset} data-variant="unstyled">
      <legend className={C.legend} style={{ fontWeight: 700, fontSize: fontSize('md'), marginBottom: 4 }}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

export function VisuallyHidden({ as = 'span', children }: { as?: 'span' | 'legend'; children: ReactNode }) {
  const Tag = as;
  return <Tag className={C.visuallyHidden}>{children}</Tag>;
}
