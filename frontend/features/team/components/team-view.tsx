'use client';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Trash2, UserPlus } from 'lucide-react';
import { ZInviteMemberRequest, type TUserRole } from '@convix/shared/contracts';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, NativeSelect } from '@/components/ui/input';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { fmtDate } from '@/lib/format';
import { useChangeRole, useInvite, useMembers, useRemoveMember } from '../hooks';

const ROLE_HELP: Record<TUserRole, string> = { OWNER: 'Everything, including billing', ADMIN: 'Settings, channels, training', AGENT: 'Conversations only' };

function InviteDialog() {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const invite = useInvite();
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm({ resolver: zodResolver(ZInviteMemberRequest), defaultValues: { email: '', role: 'AGENT' as const } });
  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); if (!o) { setLink(null); reset(); } }}>
      <DialogTrigger asChild><Button><UserPlus className="size-4" aria-hidden />Invite member</Button></DialogTrigger>
      <DialogContent title="Invite a teammate" description="They’ll get an email with a link to join this store.">
        {link ? (
          <div className="space-y-3" role="status">
            <p className="text-sm">Invitation sent. You can also share this link:</p>
            <div className="flex items-center gap-2"><code className="min-w-0 flex-1 truncate rounded bg-muted px-2 py-1.5 text-xs">{link}</code><CopyButton text={link} /></div>
            <Button className="w-full" variant="secondary" onClick={() => setOpen(false)}>Done</Button>
          </div>
        ) : (
          <form className="space-y-4" noValidate onSubmit={handleSubmit((v) => invite.mutate(v, { onSuccess: (r) => setLink(r.invitationUrl), onError: (e) => setError('email', { message: e.message }) }))}>
            <Field label="Email" error={errors.email?.message}>{(a) => <Input {...a} type="email" {...register('email')} placeholder="teammate@store.com" />}</Field>
            <Field label="Role">{(a) => <NativeSelect {...a} {...register('role')}><option value="AGENT">Agent — {ROLE_HELP.AGENT}</option><option value="ADMIN">Admin — {ROLE_HELP.ADMIN}</option></NativeSelect>}</Field>
            <Button type="submit" className="w-full" loading={invite.isPending}>Send invitation</Button>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function TeamView() {
  const { data, isLoading, error, refetch } = useMembers();
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between"><CardTitle>Team members</CardTitle><InviteDialog /></CardHeader>
      <CardContent>
        {error ? <ErrorState error={error} onRetry={() => refetch()} /> : isLoading || !data ? (
          <LoadingRegion label="Loading team" className="space-y-2">{Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-14" />)}</LoadingRegion>
        ) : (
          <ul className="divide-y" data-testid="members">
            {data.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-3 py-3">
                <Avatar name={m.name ?? m.email} />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium">{m.name ?? m.email} {m.status === 'INVITED' && <Badge tone="info">Invited</Badge>}</p>
                  <p className="truncate text-xs text-muted-foreground">{m.email} · {m.status === 'INVITED' && m.invitationExpiresAt ? `expires ${fmtDate(m.invitationExpiresAt)}` : `joined ${fmtDate(m.createdAt)}`}</p>
                </div>
                {m.role === 'OWNER' ? <Badge tone="brand">Owner</Badge> : (
                  <NativeSelect aria-label={`Role for ${m.name ?? m.email}`} value={m.role} className="h-9 w-auto" onChange={(e) => changeRole.mutate({ id: m.id, role: e.target.value as TUserRole })}>
                    <option value="ADMIN">Admin</option><option value="AGENT">Agent</option>
                  </NativeSelect>
                )}
                {m.role !== 'OWNER' && <Button variant="ghost" size="icon" aria-label={`Remove ${m.name ?? m.email}`} onClick={() => remove.mutate(m.id)}><Trash2 className="size-4 text-danger" /></Button>}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
