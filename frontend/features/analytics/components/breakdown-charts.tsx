'use client';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TAnalyticsResponse } from '@convix/shared/contracts';
import { fmtMoney, fmtPct } from '@/lib/format';
import { CHANNEL_COLOR, CHANNEL_LABEL, TRIGGER_LABEL } from '@/lib/labels';
import { AXIS, GRID, TOOLTIP, shortDate } from './chart-theme';

type A = TAnalyticsResponse;
const Frame = ({ label, children, h = 260 }: { label: string; children: React.ReactElement; h?: number }) => (
  <div style={{ height: h }} role="img" aria-label={label}><ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer></div>
);

export function ChannelChart({ data }: { data: A['byChannel'] }) {
  const rows = data.map((d) => ({ ...d, name: CHANNEL_LABEL[d.channel] }));
  return (
    <Frame label="Conversations per channel">
      <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 16 }}>
        <CartesianGrid {...GRID} horizontal={false} vertical />
        <XAxis type="number" {...AXIS} />
        <YAxis type="category" dataKey="name" width={110} {...AXIS} />
        <Tooltip {...TOOLTIP} formatter={(v, n, p) => [`${v} · handoff ${fmtPct((p.payload as (typeof rows)[number]).handoffRate)}`, 'Conversations']} />
        <Bar dataKey="conversations" radius={[0, 6, 6, 0]}>{rows.map((r) => <Cell key={r.channel} fill={CHANNEL_COLOR[r.channel]} />)}</Bar>
      </BarChart>
    </Frame>
  );
}

export function HandoffTrendChart({ data }: { data: A['handoffTrend'] }) {
  return (
    <Frame label="Handoff rate trend" h={220}>
      <LineChart data={data} margin={{ left: -8, right: 8, top: 8 }}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} {...AXIS} />
        <YAxis tickFormatter={(v: number) => `${Math.round(v * 100)}%`} {...AXIS} />
        <Tooltip {...TOOLTIP} labelFormatter={(l) => shortDate(String(l))} formatter={(v) => [fmtPct(Number(v)), 'Handoff rate']} />
        <Line type="monotone" dataKey="rate" stroke="#f59e0b" strokeWidth={2} dot={false} />
      </LineChart>
    </Frame>
  );
}

export function TriggerChart({ data }: { data: A['triggers'] }) {
  const rows = data.filter((d) => d.count > 0).map((d) => ({ ...d, name: TRIGGER_LABEL[d.trigger] }));
  return (
    <Frame label="Handoff triggers" h={220}>
      <BarChart data={rows} layout="vertical" margin={{ left: 40, right: 16 }}>
        <XAxis type="number" {...AXIS} />
        <YAxis type="category" dataKey="name" width={150} {...AXIS} />
        <Tooltip {...TOOLTIP} />
        <Bar dataKey="count" name="Handoffs" fill="#8b5cf6" radius={[0, 6, 6, 0]} />
      </BarChart>
    </Frame>
  );
}

export function RevenueChart({ data }: { data: A['revenue'] }) {
  return (
    <Frame label="Revenue attributed per day">
      <BarChart data={data} margin={{ left: 0, right: 8, top: 8 }}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} {...AXIS} />
        <YAxis tickFormatter={(v: number) => fmtMoney(v)} width={64} {...AXIS} />
        <Tooltip {...TOOLTIP} labelFormatter={(l) => shortDate(String(l))} formatter={(v) => [fmtMoney(Number(v), 2), 'Revenue']} />
        <Bar dataKey="amount" fill="#22c55e" radius={[4, 4, 0, 0]} />
      </BarChart>
    </Frame>
  );
}

export function TopQuestions({ data }: { data: A['topQuestions'] }) {
  const max = Math.max(...data.map((d) => d.count), 1);
  return (
    <table className="w-full text-sm">
      <thead><tr className="text-left text-xs text-muted-foreground"><th scope="col" className="pb-2 font-medium">Question</th><th scope="col" className="pb-2 text-right font-medium">Asked</th><th scope="col" className="pb-2 text-right font-medium">AI answered</th></tr></thead>
      <tbody>
        {data.map((q) => (
          <tr key={q.question} className="border-t">
            <td className="py-2 pr-2">
              <span className="block">{q.question}</span>
              <span className="mt-1 block h-1.5 rounded-full bg-primary/70" style={{ width: `${(q.count / max) * 100}%` }} aria-hidden />
            </td>
            <td className="py-2 text-right tabular-nums">{q.count}</td>
            <td className="py-2 text-right tabular-nums">{fmtPct(q.aiAnswered, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
