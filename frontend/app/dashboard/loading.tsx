import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function DashboardLoading() {
  return (
    <LoadingRegion label="Loading page" className="space-y-6">
      <Skeleton className="h-8 w-56" />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">{Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-28" />)}</div>
      <Skeleton className="h-72" />
    </LoadingRegion>
  );
}
