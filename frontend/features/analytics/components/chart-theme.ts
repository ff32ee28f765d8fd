// Recharts needs literal colours; CSS variables keep them in step with the theme.
export const AXIS = { stroke: 'var(--muted-foreground)', fontSize: 12, tickLine: false, axisLine: false } as const;
export const GRID = { stroke: 'var(--border)', strokeDasharray: '3 3', vertical: false } as const;
export const TOOLTIP = {
  contentStyle: { background: 'var(--popover)', border: '1px solid var(--border)', borderRadius: 10, color: 'var(--foreground)', fontSize: 12 },
  labelStyle: { color: 'var(--foreground)', fontWeight: 600 },
  cursor: { fill: 'var(--muted)', opacity: 0.5 },
} as const;
export const shortDate = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
