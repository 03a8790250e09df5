// The app's number formats as the charts take them (charts import no app code; every chart gets this bundle).
import type { ChartFormats } from '../charts';
import { int, pctFromFraction, pctFromPercent, pts, usd, usdCompact } from '../text/format';

export const CHART_FORMATS: ChartFormats = { pts, usd, usdCompact, pctFromPercent, pctFromFraction, int };
