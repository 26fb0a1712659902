import type { Messages } from '../messages.ts';
import type { viMailIntake } from '../vi/mail-intake.ts';

// English texts of the mail intake (same keys as vi/mail-intake.ts).
export const enMailIntake: Messages<typeof viMailIntake> = {
  mailIntake: {
    title: 'Report mails',
    intro:
      "Mail to the intake address becomes an incident report of the sender's unit. Mail from addresses no unit has registered waits here for the focal office to choose the unit.",
    listener: 'Intake mailbox',
    on: 'Receiving mail',
    off: 'Off',
    offHint:
      'The server does not receive mail. The administrator turns it on with the UNGCUU_MAIL_INTAKE and UNGCUU_MAIL_INTAKE_ADDRESS environment variables (see the operations guide).',
    listening: 'Address {{address}}, port {{port}}',
    starttls: 'STARTTLS encryption on',
    noStarttls: 'no STARTTLS certificate configured',
    limits: 'at most {{mb}} MB per mail, {{rcpt}} recipients, {{hour}} mails an hour per sender',
    noAcknowledgements:
      'No outgoing mail server is configured (Administration → Outgoing notices): reporters get no acknowledgement.',
    queue: 'Mails',
    status: {
      pending: 'Waiting for a unit',
      quarantined: 'Quarantined',
      filed: 'Filed as a report',
      commented: 'Added as a comment',
      dismissed: 'Dismissed',
    },
    reason: {
      malformed_mime: 'Malformed mail',
      too_deep: 'Too deeply nested',
      too_many_parts: 'Too many parts',
      executable_attachment: 'Attachment is an executable program',
      refused_attachment: 'Attachment not accepted',
      auto_reply: 'Automatic reply',
      reply_not_allowed: "Sender is not of the incident's units",
      no_sender: 'No sender',
    },
    empty: 'No mail.',
    receivedAt: 'Received',
    from: 'From',
    subject: 'Subject and text',
    noSubject: '(no subject)',
    attachments: '{{count}} attachments',
    actions: 'Actions',
    assign: 'Choose unit',
    dismiss: 'Dismiss',
    openIncident: 'Open incident',
    assignTitle: 'File this mail as an incident report',
    assignHint:
      'Mail from {{from}}: “{{subject}}”. Choose the reporting unit; the original mail and its attachments are kept as evidence and the sender is acknowledged with the incident code.',
    unit: 'Reporting unit',
    rememberSender: "Remember {{from}} as this unit's address (its next mails are filed at once)",
    assignConfirm: 'File the report',
    assigned: 'Incident {{code}} filed.',
    senders: {
      legend: 'Report sender addresses',
      hint: 'Mail to the intake mailbox from these addresses (e.g. clerk@commune.gov.vn) or whole domains (e.g. @commune.gov.vn) is filed as this unit’s report. Free-mail domains such as @gmail.com are refused.',
      placeholder: 'Type an address and press Enter',
      save: 'Save addresses',
      saved: "The unit's addresses were saved.",
    },
  },
};
