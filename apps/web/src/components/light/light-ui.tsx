import {
  type ButtonHTMLAttributes,
  type CSSProperties,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';

// The few widgets of the first paint (sign-in page, public report form) as plain elements wearing
// Mantine's own CSS classes (its styles.css is loaded anyway), so they look exactly like the
// Mantine components of the app without Mantine's JavaScript (decision 0033). The class names are
// those of the installed Mantine version: light-ui.test.tsx checks that styles.css still has them.

type Vars = CSSProperties & Record<`--${string}`, string>;

export const MANTINE_CLASSES = {
  stack: 'm_6d731127',
  group: 'm_4081bf90',
  text: 'm_b6d8b162',
  title: 'm_8a5d1357',
  anchor: 'm_849cf0da',
  paper: 'm_1b7284a3',
  container: 'm_7485cace',
  visuallyHidden: 'm_515a97f8',
  inputRoot: 'm_46b77525',
  inputLabel: 'm_8fdc1311',
  inputRequired: 'm_78a94662',
  inputDescription: 'm_fe47ce59',
  inputError: 'm_8f816625',
  inputWrapper: 'm_6c018570',
  input: 'm_8fb7ebe7',
  inputSection: 'm_82577fc2',
  passwordRoot: 'm_f61ca620',
  passwordInput: 'm_ccf8da4c',
  passwordInner: 'm_f2d85dd2',
  passwordToggle: 'm_b1072d44',
  actionIcon: 'm_8d3f4000',
  actionIconIcon: 'm_8d3afb97',
  unstyledButton: 'm_87cf2631',
  button: 'm_77c9d27d',
  buttonInner: 'm_80f1301b',
  buttonLabel: 'm_811560b9',
  buttonSection: 'm_a74036a',
  buttonLoader: 'm_a25b86ee',
  loader: 'm_5ae2e3c',
  ovalLoader: 'm_b34414df',
  alert: 'm_66836ed3',
  alertWrapper: 'm_a5d60502',
  alertBody: 'm_667c2793',
  alertTitle: 'm_6a03f287',
  alertLabel: 'm_698f4f23',
  alertMessage: 'm_7fa78076',
  fieldset: 'm_eda993d3 m_e9408a47',
  legend: 'm_74ca27fe m_90794832',
  themeIcon: 'm_7341320d',
  segmented: 'm_cf365364',
  segmentedIndicator: 'm_9e182ccd',
  floatingIndicator: 'm_96b553a6',
  segmentedControl: 'm_69686b9b',
  segmentedInput: 'm_1714d588',
  segmentedLabel: 'm_1738fcb2',
  segmentedInnerLabel: 'm_78882f40',
} as const;
const C = MANTINE_CLASSES;

const space = (size: string) => `var(--mantine-spacing-${size})`;
const fontSize = (size: string) => `var(--mantine-font-size-${size})`;

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

interface FieldFrame {
  label: string;
  required?: boolean;
  description?: string;
  error?: string;
}

/** Label, description and error around an input, as Mantine's InputWrapper draws them. */
function InputFrame({
  id,
  label,
  required,
  description,
  error,
  className,
  style,
  children,
}: FieldFrame & { id: string; className?: string; style?: CSSProperties; children: ReactNode }) {
  const labelVars: Vars = { '--input-label-size': fontSize('sm') };
  const smallVars: Vars = {
    '--input-description-size': 'calc(var(--mantine-font-size-sm) - calc(0.125rem * var(--mantine-scale)))',
    '--input-error-size': 'calc(var(--mantine-font-size-sm) - calc(0.125rem * var(--mantine-scale)))',
  };
  return (
    <div className={`${className ? `${className} ` : ''}${C.inputRoot}`} data-size="sm" style={style}>
      <label
        className={C.inputLabel}
        data-size="sm"
        data-required={required || undefined}
        htmlFor={id}
        id={`${id}-label`}
        style={labelVars}
      >
        {label}
        {required && (
          <span className={C.inputRequired} aria-hidden>
            {' *'}
          </span>
        )}
      </label>
      {description && (
        <p className={C.inputDescription} data-size="sm" id={`${id}-description`} style={smallVars}>
          {description}
        </p>
      )}
      {children}
      {error && (
        <p className={C.inputError} data-size="sm" id={`${id}-error`} style={smallVars}>
          {error}
        </p>
      )}
    </div>
  );
}

const wrapperVars = (multiline: boolean): Vars => ({
  '--input-height': 'var(--input-height-sm)',
  '--input-fz': fontSize('sm'),
  ...(multiline
    ? {
        '--input-margin-top': 'calc(var(--mantine-spacing-xs) / 2)',
        '--input-padding-y': 'var(--input-padding-y-sm)',
      }
    : {}),
});

function describedBy(id: string, { description, error }: FieldFrame): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { testId?: string };

export function TextInput({ label, required, description, error, testId, ...input }: InputProps) {
  const id = useId();
  const frame = { label, required, description, error };
  return (
    <InputFrame id={id} {...frame}>
      <div
        className={C.inputWrapper}
        data-variant="default"
        data-size="sm"
        data-error={error ? true : undefined}
        style={wrapperVars(false)}
      >
        <input
          className={C.input}
          data-variant="default"
          data-error={error ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, frame)}
          required={required}
          id={id}
          data-testid={testId}
          {...input}
        />
      </div>
    </InputFrame>
  );
}

/** A textarea that grows with its text between `minRows` and `maxRows`, like Mantine's autosize. */
export function Textarea({
  label,
  required,
  description,
  error,
  testId,
  minRows,
  maxRows,
  ...input
}: FieldFrame &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
    testId?: string;
    minRows: number;
    maxRows: number;
  }) {
  const id = useId();
  const frame = { label, required, description, error };
  const lines = String(input.value ?? '').split('\n').length;
  return (
    <InputFrame id={id} {...frame}>
      <div
        className={C.inputWrapper}
        data-variant="default"
        data-size="sm"
        data-multiline
        data-error={error ? true : undefined}
        style={wrapperVars(true)}
      >
        <textarea
          className={C.input}
          data-variant="default"
          data-error={error ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, frame)}
          required={required}
          id={id}
          data-testid={testId}
          rows={Math.min(Math.max(lines, minRows), maxRows)}
          {...input}
        />
      </div>
    </InputFrame>
  );
}

/** Mantine's PasswordInput, with its show/hide button. */
export function PasswordInput({ label, required, description, error, ...input }: InputProps) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const frame = { label, required, description, error };
  const vars: Vars = {
    '--psi-icon-size': 'var(--psi-icon-size-sm)',
    '--psi-button-size': 'var(--psi-button-size-sm)',
  };
  return (
    <InputFrame id={id} {...frame} className={C.passwordRoot} style={vars}>
      <div
        className={C.inputWrapper}
        data-variant="default"
        data-size="sm"
        data-with-right-section
        data-error={error ? true : undefined}
        style={wrapperVars(false)}
      >
        <div
          className={`${C.passwordInput} ${C.input}`}
          data-variant="default"
          data-error={error ? true : undefined}
        >
          <input
            className={C.passwordInner}
            type={visible ? 'text' : 'password'}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, frame)}
            required={required}
            id={id}
            {...input}
          />
        </div>
        <div data-position="right" className={C.inputSection}>
          <button
            className={`mantine-focus-auto mantine-active ${C.passwordToggle} ${C.actionIcon} ${C.unstyledButton}`}
            data-variant="subtle"
            type="button"
            aria-pressed={visible}
            tabIndex={-1}
            aria-label="Toggle password visibility"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setVisible((v) => !v)}
            style={
              {
                '--ai-bg': 'transparent',
                '--ai-hover': 'var(--mantine-color-gray-light-hover)',
                '--ai-color': 'var(--mantine-color-gray-light-color)',
                '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
              } as Vars
            }
          >
            <span className={C.actionIconIcon}>
              <EyeIcon crossed={visible} />
            </span>
          </button>
        </div>
      </div>
    </InputFrame>
  );
}

/** Mantine's PasswordToggleIcon. */
function EyeIcon({ crossed }: { crossed: boolean }) {
  const stroke = {
    fill: 'none',
    stroke: 'currentColor',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    strokeWidth: 16,
  } as const;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 256 256"
      style={{ width: 'var(--psi-icon-size)', height: 'var(--psi-icon-size)' }}
      aria-hidden
    >
      {crossed ? (
        <>
          <path
            {...stroke}
            d="M48 40l160 176M154.91 157.6a40 40 0 01-53.82-59.2M135.53 88.71a40 40 0 0132.3 35.53"
          />
          <path
            {...stroke}
            d="M208.61 169.1C230.41 149.58 240 128 240 128s-32-72-112-72a126 126 0 00-20.68 1.68M74 68.6C33.23 89.24 16 128 16 128s32 72 112 72a118.05 118.05 0 0054-12.6"
          />
        </>
      ) : (
        <>
          <path {...stroke} d="M128 56c-80 0-112 72-112 72s32 72 112 72 112-72 112-72-32-72-112-72z" />
          <circle {...stroke} cx="128" cy="128" r="40" />
        </>
      )}
    </svg>
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
