import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

// RFC 6238 TOTP, 6 digits, 30 s; one step of clock drift accepted each way.
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'ungcuu', label: username, secret });
}

export function checkTotp(secret: string, token: string, at: Date): boolean {
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return verifySync({ secret, token, epoch: Math.floor(at.getTime() / 1000), epochTolerance: 30 }).valid;
  } catch {
    return false;
  }
}

/** For tests and the CLI: the current code of a secret. */
export function currentTotp(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
