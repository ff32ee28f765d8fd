'use client';
import { useState } from 'react';
import { Blocks, Code, Globe, ShoppingBag, ShoppingCart, Store, Sparkles, type LucideIcon } from 'lucide-react';
import { toast } from 'sonner';
import { ZCreateStoreRequest, ZPlatform, type TPlatform } from '@convix/shared/contracts';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { storeApi } from '@/features/settings/api';
import { PLATFORM_LABEL } from '@/lib/labels';
import { useOnboarding } from '@/lib/stores/onboarding';
import { useOnboardingHydrated } from '@/lib/stores/hydrate';
import { cn } from '@/lib/utils';
import { StepShell } from './step-shell';

const ICON: Record<TPlatform, LucideIcon> = { SHOPIFY: ShoppingBag, WOOCOMMERCE: ShoppingCart, BIGCOMMERCE: Store, SQUARESPACE: Blocks, WIX: Sparkles, CUSTOM: Code, SAAS: Globe };

function Form() {
  const saved = useOnboarding();
  const [platform, setPlatform] = useState<TPlatform | null>(saved.platform);
  const [name, setName] = useState(saved.storeName);
  const [domain, setDomain] = useState(saved.storeDomain);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onContinue() {
    const parsed = ZCreateStoreRequest.safeParse({ name, domain: domain || undefined, platform: platform ?? undefined });
    const errs: Record<string, string> = {};
    if (!platform) errs.platform = 'Pick your platform';
    if (!parsed.success) for (const i of parsed.error.issues) errs[String(i.path[0])] ??= i.path[0] === 'name' ? 'Store name is required' : i.message;
    setErrors(errs);
    if (Object.keys(errs).length || !parsed.success) return false;
    setPending(true);
    try {
      await storeApi.create(parsed.data);
      saved.setStore({ platform: platform!, storeName: name, storeDomain: domain });
      toast.success(`${name} connected`);
    } catch (e) {
      toast.error(e instanceof Error ? e.message : 'Could not create the store');
      return false;
    } finally {
      setPending(false);
    }
  }

  return (
    <StepShell step="connect-store" onContinue={onContinue} pending={pending}>
      <fieldset>
        <legend className="mb-3 text-sm font-medium">Which platform is your store on?</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" role="radiogroup" aria-label="Platform">
          {ZPlatform.options.map((p) => {
            const Icon = ICON[p];
            const on = platform === p;
            return (
              <button key={p} type="button" role="radio" aria-checked={on} onClick={() => setPlatform(p)} data-testid={`platform-${p}`}
                className={cn('flex flex-col items-center gap-2 rounded-xl border bg-card p-4 text-sm font-medium transition', on ? 'border-primary ring-2 ring-primary' : 'hover:border-input hover:bg-muted')}>
                <Icon className={cn('size-6', on ? 'text-brand' : 'text-muted-foreground')} aria-hidden />{PLATFORM_LABEL[p]}
              </button>
            );
          })}
        </div>
        {errors.platform && <p role="alert" className="mt-2 text-sm text-danger">{errors.platform}</p>}
      </fieldset>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <Field label="Store name" error={errors.name}>{(a) => <Input {...a} value={name} onChange={(e) => setName(e.target.value)} placeholder="Northwind Outfitters" />}</Field>
        <Field label="Store domain" error={errors.domain} hint="Optional — where the widget will run.">{(a) => <Input {...a} value={domain} onChange={(e) => setDomain(e.target.value)} placeholder="shop.example.com" />}</Field>
      </div>
    </StepShell>
  );
}

export function ConnectStoreStep() {
  // Wait for persisted progress so the form starts from what the merchant already entered.
  const hydrated = useOnboardingHydrated();
  return hydrated ? <Form /> : <div className="h-96 animate-pulse rounded-xl bg-muted" aria-hidden />;
}
