'use client';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ZChannelConfigByType, type TChannel, type TChannelType, type TCreateChannelRequest } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCreateChannel, useUpdateChannel } from '../hooks';
import { FIELD_META, fieldsFor, isSecret } from '../fields';

type Values = Record<string, string>;

/** Drop blank inputs (so stored secrets are kept on edit) and coerce numeric fields. */
function clean(values: Values): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, k === 'smtpPort' ? Number(v) : v.trim()]),
  );
}

export function ChannelForm({ type, existing, onSaved }: { type: Exclude<TChannelType, 'WIDGET'>; existing?: TChannel; onSaved?: () => void }) {
  const fields = fieldsFor(type);
  const schema = existing ? ZChannelConfigByType[type].partial() : ZChannelConfigByType[type];
  const base = zodResolver(schema as never) as unknown as Resolver<Values>;
  const resolver: Resolver<Values> = (values, ctx, opts) => base(clean(values) as Values, ctx, opts);
  const defaults = Object.fromEntries(fields.map((k) => [k, existing && !isSecret(k) ? String(existing.config[k] ?? '') : '']));
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({ resolver, mode: 'onTouched', defaultValues: defaults });
  const create = useCreateChannel();
  const update = useUpdateChannel();

  const onSubmit = handleSubmit((values) => {
    const config = clean(values);
    if (existing) update.mutate({ id: existing.id, body: { config } }, { onSuccess: onSaved });
    else create.mutate({ type, config } as TCreateChannelRequest, { onSuccess: onSaved });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Channel credentials">
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((k) => {
          const meta = FIELD_META[k] ?? { label: k };
          const masked = existing && isSecret(k) ? String(existing.config[k] ?? '') : '';
          return (
            <Field key={k} label={meta.label} error={errors[k]?.message} hint={masked ? `Stored as ${masked}. Leave blank to keep.` : meta.hint}>
              {(a) => (
                <Input
                  {...a}
                  {...register(k)}
                  type={isSecret(k) ? 'password' : meta.type ?? 'text'}
                  placeholder={masked || meta.placeholder}
                  autoComplete="off"
                  data-field={k}
                />
              )}
            </Field>
          );
        })}
      </div>
      <Button type="submit" loading={create.isPending || update.isPending}>{existing ? 'Save changes' : 'Connect channel'}</Button>
    </form>
  );
}
