import { ZWidgetConfig, type TWidgetConfig } from '@convix/shared/contracts';

// Defaults come from the contract itself so the UI never drifts from the API.
export const DEFAULT_WIDGET_CONFIG: TWidgetConfig = ZWidgetConfig.parse({});
