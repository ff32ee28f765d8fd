import { MessageCircle, Send, X } from 'lucide-react';
import type { TWidgetConfig } from '@convix/shared/contracts';
import { cn } from '@/lib/utils';

/** Readable text colour on a user-picked background (WCAG relative luminance). */
export function onColor(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const L = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return L > 0.4 ? '#0f172a' : '#ffffff';
}

const WIDTH = { compact: 'w-64', standard: 'w-72', large: 'w-80' } as const;

export function WidgetPreview({ config, storeName = 'Northwind Outfitters' }: { config: TWidgetConfig; storeName?: string }) {
  const fg = onColor(config.primaryColor);
  const left = config.position === 'bottom-left';
  return (
    <div className="relative h-[34rem] overflow-hidden rounded-xl border bg-[repeating-linear-gradient(45deg,var(--muted),var(--muted)_10px,var(--card)_10px,var(--card)_20px)]" data-testid="widget-preview" aria-label="Widget preview" role="img">
      <div className={cn('absolute bottom-20 flex flex-col overflow-hidden rounded-2xl border bg-white text-slate-900 shadow-2xl', WIDTH[config.size], left ? 'left-4' : 'right-4')}>
        <div className="flex items-center gap-3 p-4" style={{ background: config.primaryColor, color: fg }} data-testid="widget-preview-header">
          {config.avatarUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- arbitrary merchant URL; next/image needs known hosts
            <img src={config.avatarUrl} alt="" className="size-9 rounded-full object-cover" />
          ) : (
            <span className="flex size-9 items-center justify-center rounded-full bg-white/20 text-sm font-bold">{config.agentName.slice(0, 1) || 'A'}</span>
          )}
          <div className="min-w-0 flex-1"><p className="truncate text-sm font-semibold">{config.agentName || 'Assistant'}</p><p className="truncate text-xs opacity-80">{storeName} · replies instantly</p></div>
          <X className="size-4 opacity-80" aria-hidden />
        </div>
        <div className="space-y-3 bg-slate-50 p-4">
          <p className="max-w-[85%] rounded-2xl rounded-tl-sm bg-white px-3 py-2 text-sm shadow-sm" data-testid="widget-preview-greeting">{config.greeting}</p>
          <div className="flex flex-wrap gap-1.5">
            {config.quickReplies.map((q) => (
              <span key={q} className="rounded-full border bg-white px-2.5 py-1 text-xs font-medium" style={{ borderColor: config.accentColor, color: '#0f172a' }}>{q}</span>
            ))}
          </div>
        </div>
        <div className="flex items-center gap-2 border-t bg-white p-3">
          <span className="flex-1 text-sm text-slate-500">Type a message…</span>
          <span className="rounded-full p-1.5" style={{ background: config.accentColor, color: onColor(config.accentColor) }}><Send className="size-3.5" aria-hidden /></span>
        </div>
        {config.showBranding && <p className="bg-white pb-2 text-center text-[10px] text-slate-500">Powered by Convix</p>}
      </div>
      <span className={cn('absolute bottom-4 flex size-12 items-center justify-center rounded-full shadow-lg', left ? 'left-4' : 'right-4')} style={{ background: config.primaryColor, color: fg }} data-testid="widget-preview-launcher">
        <MessageCircle className="size-6" aria-hidden />
      </span>
    </div>
  );
}
