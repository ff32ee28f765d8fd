import { CopyButton } from '@/components/ui/copy-button';
import { DEMO_STORE_ID } from '@/lib/mock/ids';

export const embedSnippet = (storeId: string = DEMO_STORE_ID) =>
  `<script src="https://cdn.convix.app/widget.js"\n  data-store="${storeId}" async></script>`;

export function EmbedSnippet({ storeId }: { storeId?: string }) {
  const code = embedSnippet(storeId);
  return (
    <div className="overflow-hidden rounded-lg border bg-slate-950 text-slate-100">
      <div className="flex items-center justify-between border-b border-slate-800 px-3 py-2">
        <span className="text-xs text-slate-300">Paste before &lt;/body&gt;</span>
        <CopyButton text={code} label="Copy snippet" />
      </div>
      <pre className="overflow-x-auto p-4 text-sm" data-testid="embed-snippet"><code>{code}</code></pre>
    </div>
  );
}
