import {
  Button,
  MANTINE_CLASSES as C,
  Paper,
  Stack,
  Text,
  Title,
} from '../../../components/light/light-ui.tsx';
import { useFirstPaintText } from '../../../i18n/first-paint-i18n.ts';
import type { PublicAcknowledgement as Ack } from '../intake-types.ts';

/** The code to quote on the phone, in large type; a robot caught by the honeypot gets no code. */
export function PublicAcknowledgement({ ack, onAnother }: { ack: Ack; onAnother: () => void }) {
  const { t, locale } = useFirstPaintText();
  return (
    <div data-testid="public-ack" role="status">
      <Paper className="public-ack" style={{ textAlign: 'center' }}>
        <Stack gap="sm" style={{ alignItems: 'center' } as React.CSSProperties}>
          <div
            className={C.themeIcon}
            data-variant="light"
            style={
              {
                '--ti-size': 'calc(3.5rem * var(--mantine-scale))',
                '--ti-radius': 'var(--mantine-radius-xl)',
                '--ti-bg': 'var(--mantine-color-teal-light)',
                '--ti-color': 'var(--mantine-color-teal-light-color)',
                '--ti-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
              } as React.CSSProperties
            }
          >
            <CircleCheckIcon />
          </div>
          <Title order={2} size="h3">
            {t('publicReport.ackTitle')}
          </Title>
          {ack.code ? (
            <>
              <Text size="sm" dimmed>
                {t('publicReport.ackCodeLabel')}
              </Text>
              <Text
                testId="public-ack-code"
                style={{
                  fontSize: 34,
                  fontWeight: 800,
                  fontFamily: 'var(--mantine-font-family-monospace)',
                  color: 'var(--mantine-color-navy-9)',
                  letterSpacing: 1,
                  overflowWrap: 'anywhere',
                }}
              >
                {ack.code}
              </Text>
              {ack.message && <Text>{ack.message[locale] || ack.message.vi}</Text>}
              <Text size="sm" dimmed>
                {t('publicReport.ackKeepCode')}
              </Text>
            </>
          ) : (
            <Text>{t('publicReport.ackNoCode')}</Text>
          )}
          <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            <Button variant="default" onClick={onAnother}>
              {t('publicReport.another')}
            </Button>
          </div>
        </Stack>
      </Paper>
    </div>
  );
}

/** Tabler's "circle check" icon, inline: the icon library stays out of the first paint. */
function CircleCheckIcon() {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={36}
      height={36}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d="M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0" />
      <path d="M9 12l2 2l4 -4" />
    </svg>
  );
}
