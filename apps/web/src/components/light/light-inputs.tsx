import {
  type CSSProperties,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';

import { C, fontSize, type Vars } from './light-classes.ts';

// The first paint's inputs (text, textarea, password) as Mantine's InputWrapper draws them.

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
