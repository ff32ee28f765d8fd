'use client';
import { useState } from 'react';
import type { TStoreSettings, TUpdateStoreSettingsRequest } from '@convix/shared/contracts';
import { Check } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useUpdateSettings } from '../hooks';

const PROVIDERS = {
  zendesk: { label: 'Zendesk', fields: [['subdomain', 'Subdomain'], ['email', 'Agent email'], ['apiToken', 'API token']] },
  gorgias: { label: 'Gorgias', fields: [['domain', 'Domain'], ['email', 'Email'], ['apiKey', 'API key']] },
  freshdesk: { label: 'Freshdesk', fields: [['domain', 'Domain'], ['apiKey', 'API key']] },
} as const;
type Provider = keyof typeof PROVIDERS;
const SECRET = new Set(['apiToken', 'apiKey']);

export function HelpdeskKeys({ s }: { s: TStoreSettings }) {
  const [provider, setProvider] = useState<Provider>('gorgias');
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useUpdateSettings('Helpdesk connected');
  const stored = s.helpdesk[provider] ?? {};
  return (
    <Card>
      <CardHeader><CardTitle>Helpdesk integration</CardTitle><CardDescription>Used when the handoff destination is “Helpdesk ticket”. Keys are stored encrypted and shown masked.</CardDescription></CardHeader>
      <CardContent className="space-y-4">
        <div className="flex flex-wrap gap-2" role="group" aria-label="Helpdesk provider">
          {(Object.keys(PROVIDERS) as Provider[]).map((p) => (
            <Button key={p} type="button" size="sm" variant={p === provider ? 'primary' : 'secondary'} aria-pressed={p === provider} onClick={() => { setProvider(p); setValues({}); }}>
              {s.helpdesk[p] && <Check className="size-4" aria-label="connected" />}{PROVIDERS[p].label}
            </Button>
          ))}
        </div>
        <form
          className="grid gap-4 sm:grid-cols-3"
          onSubmit={(e) => {
            e.preventDefault();
            const fields = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim()));
            save.mutate({ helpdesk: { [provider]: fields } } as TUpdateStoreSettingsRequest, { onSuccess: () => setValues({}) });
          }}
        >
          {PROVIDERS[provider].fields.map(([k, label]) => (
            <Field key={k} label={label} hint={stored[k] ? `Saved: ${stored[k]}` : undefined}>
              {(a) => <Input {...a} type={SECRET.has(k) ? 'password' : 'text'} autoComplete="off" value={values[k] ?? ''} placeholder={stored[k] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))} />}
            </Field>
          ))}
          <div className="sm:col-span-3"><Button type="submit" variant="secondary" loading={save.isPending} disabled={!Object.values(values).some((v) => v.trim())}>Save {PROVIDERS[provider].label} keys</Button></div>
        </form>
      </CardContent>
    </Card>
  );
}
