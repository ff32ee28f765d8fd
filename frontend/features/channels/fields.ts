import { CHANNEL_SECRET_FIELDS, ZChannelConfigByType, type TChannelType } from '@convix/shared/contracts';

// Labels and help for each config field. The list of fields itself comes from the contract.
export const FIELD_META: Record<string, { label: string; hint?: string; placeholder?: string; type?: string }> = {
  phoneNumberId: { label: 'Phone number ID', hint: 'Meta Business → WhatsApp → API setup.', placeholder: '109876543210987' },
  accessToken: { label: 'Permanent access token', hint: 'A system-user token with whatsapp_business_messaging.' },
  appSecret: { label: 'App secret', hint: 'Meta app → Settings → Basic. Used to verify webhook signatures.' },
  verifyToken: { label: 'Webhook verify token', hint: 'Any string of 8+ characters; paste the same value in Meta’s webhook settings.' },
  instagramAccountId: { label: 'Instagram account ID', placeholder: '17841400000000' },
  pageId: { label: 'Facebook page ID', placeholder: '104857600000000' },
  pageAccessToken: { label: 'Page access token', hint: 'Generated for the page in the Meta app dashboard.' },
  accountSid: { label: 'Account SID', placeholder: 'AC…', hint: 'Twilio console → Account info.' },
  authToken: { label: 'Auth token', hint: '32 hex characters, next to the Account SID.' },
  phoneNumber: { label: 'Twilio phone number', placeholder: '+14155550123' },
  inboundAddress: { label: 'Inbound address', type: 'email', hint: 'Forward your support inbox to this address.', placeholder: 'yourstore@inbound.convix.app' },
  fromAddress: { label: 'From address', type: 'email', placeholder: 'support@yourstore.com' },
  fromName: { label: 'From name', placeholder: 'Your Store Support' },
  smtpHost: { label: 'SMTP host', placeholder: 'smtp.postmarkapp.com' },
  smtpPort: { label: 'SMTP port', type: 'number', placeholder: '587' },
  smtpUser: { label: 'SMTP user' },
  smtpPassword: { label: 'SMTP password' },
};

export const isSecret = (k: string) => (CHANNEL_SECRET_FIELDS as readonly string[]).includes(k);
export const fieldsFor = (type: TChannelType) => Object.keys(ZChannelConfigByType[type].shape);

export const SETUP_STEPS: Record<TChannelType, string[]> = {
  WIDGET: ['Customize the widget look and greeting.', 'Paste the embed snippet before </body> on your site.', 'Open your site and say hi.'],
  WHATSAPP: ['Create a Meta app with the WhatsApp product.', 'Copy the phone number ID, a permanent token and the app secret below.', 'Add the webhook URL and verify token in Meta, subscribe to “messages”.'],
  INSTAGRAM: ['Connect your Instagram professional account to a Facebook page.', 'Copy the account ID, page token and app secret below.', 'Add the webhook URL in Meta and subscribe to “messages”.'],
  MESSENGER: ['Create a Meta app with the Messenger product.', 'Generate a page access token and copy the app secret below.', 'Add the webhook URL and verify token, subscribe to “messages”.'],
  SMS: ['Buy or pick a Twilio number with SMS.', 'Copy the Account SID, auth token and number below.', 'Set the number’s “A message comes in” webhook to the URL shown.'],
  EMAIL: ['Forward your support inbox to the inbound address.', 'Add SMTP settings so replies come from your domain.', 'Send a test email and check it arrives.'],
};
