/** Words of the reorder page's forecast column, loaded with the page rather than with the sign-in page. */
import { useMessagesOf } from '../i18n/messages.ts';

const REORDER_FORECAST_MESSAGES = {
  reorderForecast: { en: 'Forecast for the days', zh: '期间预测销量' },
  reorderForecastOf: { en: 'Forecast of {sku}: {months}', zh: '{sku} 的销量预测：{months}' },
  reorderOverridden: { en: 'overridden', zh: '已调整' },
} as const;

export function useReorderForecastMessage() {
  return useMessagesOf(REORDER_FORECAST_MESSAGES);
}
