import type { Messages } from '../messages.ts';
import type { viFirstPaint } from '../vi/first-paint.ts';

// English texts of the first paint (sign-in page, public report form); same keys as the Vietnamese.
export const enFirstPaint: Messages<typeof viFirstPaint> = {
  app: {
    name: 'ungcuu',
    tagline: 'Coordinated response to network security incidents',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
  },
  lang: {
    label: 'Interface language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  signIn: {
    totpInvalid: 'The code has exactly 6 digits.',
    title: 'Sign in',
    subtitle: 'For staff of the focal office, the units and the incident response team.',
    username: 'Username',
    password: 'Password',
    totp: '6-digit verification code',
    totpHint: 'Open the authenticator app on your phone and enter the 6-digit code it shows.',
    submit: 'Sign in',
    back: 'Sign in with another account',
    signedOut: 'You have signed out.',
  },
  errors: {
    title: 'Could not complete',
    network: 'Cannot reach the server. Check the network and try again.',
    unexpected: 'Something went wrong. Please try again.',
    required: 'This field is required.',
    email: 'Invalid email address.',
    phone: 'Invalid phone number (6–20 characters: digits, spaces, + ( ) . -).',
  },
  publicReport: {
    pageTitle: 'Report an information security incident',
    intro:
      'For citizens, businesses and staff without an account. Describe what you noticed: a government website showing strange content, an email impersonating a public body, an online public service that cannot be reached…',
    fromSignIn: 'Report an incident without signing in',
    whatHappened: 'Incident',
    title: 'Summary',
    titlePlaceholder: "Example: the ward's website shows strange content",
    titleTooShort: 'The summary needs at least 3 characters.',
    description: 'Details',
    descriptionHint: 'What happened, on which system or address, what you saw. At least 10 characters.',
    descriptionTooShort: 'The details need at least 10 characters.',
    detectedAt: 'When you noticed it',
    detectedInFuture: 'The time noticed cannot be in the future.',
    unitTarget: 'The report goes to the unit with code {{code}}.',
    reporter: 'Your details',
    reporterHint: 'Leave a phone number or an email address so that staff can ask you for more if needed.',
    reporterName: 'Full name',
    nameTooShort: 'The name needs at least 2 characters.',
    reporterPhone: 'Phone number',
    reporterEmail: 'Email',
    honeypot: 'Leave this field empty',
    privacy: 'What you provide is only used to verify and handle the incident and to contact you.',
    submit: 'Send report',
    disabledTitle: 'Public reporting is not open',
    disabledBody:
      "The administration has not enabled incident reports through this page. Please contact the body that runs the affected system, or your local People's Committee, directly.",
    throttledTitle: 'Too many reports sent',
    throttledBody:
      'Each network address may send 5 reports in 10 minutes. Please try again in a few minutes; what you typed is kept.',
    ackTitle: 'Report sent',
    ackCodeLabel: 'Your reference code',
    ackKeepCode: 'Write this code down and quote it when you contact the receiving office.',
    ackNoCode: 'Your report has been received.',
    another: 'Send another report',
    toSignIn: 'Staff with an account: sign in',
  },
};
