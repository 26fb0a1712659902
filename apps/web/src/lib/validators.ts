// Client-side checks mirroring the domain schemas, so people see mistakes before the round trip.
// The server validates again; these only decide which message to show next to a field.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+() .-]{6,20}$/;

export const isEmail = (v: string) => EMAIL.test(v.trim());
export const isPhone = (v: string) => PHONE.test(v.trim());

/** Empty is fine; otherwise it must be an email. */
export function optionalEmail(message: string) {
  return (v: string) => (v.trim() === '' || isEmail(v) ? null : message);
}

export function optionalPhone(message: string) {
  return (v: string) => (v.trim() === '' || isPhone(v) ? null : message);
}

/** '' → null, otherwise trimmed: how optional text fields travel to the API. */
export function blankToNull(v: string): string | null {
  const s = v.trim();
  return s === '' ? null : s;
}
