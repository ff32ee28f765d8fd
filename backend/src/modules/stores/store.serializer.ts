// Prisma rows → shared contract shapes (Dates → ISO strings, Decimal → number).
import { ZWidgetConfig, type TStore, type TStoreSettings, type TUserRole } from '@convix/shared/contracts';
import type { Store, StoreSettings } from '../../generated/prisma/client.js';

export function serializeStore(s: Store, role?: TUserRole): TStore {
  return {
    id: s.id, name: s.name, domain: s.domain, platform: s.platform, plan: s.plan, isActive: s.isActive,
    widgetDomains: s.widgetDomains, ...(role ? { role } : {}), createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
  };
}

export function serializeSettings(s: StoreSettings): TStoreSettings {
  const widget = ZWidgetConfig.safeParse(s.widgetConfig ?? {});
  return {
    brandVoice: s.brandVoice,
    forbiddenTopics: s.forbiddenTopics,
    confidenceThreshold: s.confidenceThreshold,
    handoffDestination: s.handoffDestination,
    handoffEmail: s.handoffEmail,
    businessHoursStart: s.businessHoursStart,
    businessHoursEnd: s.businessHoursEnd,
    businessHoursTimezone: s.businessHoursTimezone,
    highValueCartThreshold: s.highValueCartThreshold.toNumber(),
    // A stored config that no longer validates falls back to defaults rather than failing reads.
    widgetConfig: widget.success ? widget.data : ZWidgetConfig.parse({}),
    helpdesk: (s.helpdeskConfigMasked ?? {}) as TStoreSettings['helpdesk'],
    updatedAt: s.updatedAt.toISOString(),
  };
}
