'use client';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TAnalyticsResponse } from '@convix/shared/contracts';
import { AXIS, GRID, TOOLTIP, shortDate } from './chart-theme';

export function VolumeChart({ data, height = 280 }: { data: TAnalyticsResponse['volume']; height?: number }) {
  return (
    <div style={{ height }} role="img" aria-label={`Conversation volume over ${data.length} days`}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ left: -16, right: 8, top: 8 }}>
          <defs>
            <linearGradient id="vol" x1="0" y1="0" x2="0" y2="1"><stop offset="0%" stopColor="#6366f1" stopOpacity={0.35} /><stop offset="100%" stopColor="#6366f1" stopOpacity={0} /></linearGradient>
            <linearGradient id="hand" x1="0" y1="0" x2="0" y2="1"><stop offset="0%" stopColor="#f59e0b" stopOpacity={0.35} /><stop offset="100%" stopColor="#f59e0b" stopOpacity={0} /></linearGradient>
          </defs>
          <CartesianGrid {...GRID} />
          <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={24} {...AXIS} />
          <YAxis {...AXIS} />
          <Tooltip {...TOOLTIP} labelFormatter={(l) => shortDate(String(l))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area type="monotone" dataKey="conversations" name="Conversations" stroke="#6366f1" fill="url(#vol)" strokeWidth={2} />
          <Area type="monotone" dataKey="handoffs" name="Handoffs" stroke="#f59e0b" fill="url(#hand)" strokeWidth={2} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
