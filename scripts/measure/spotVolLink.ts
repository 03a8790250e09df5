// Measures the SPX → VIX link by starting VIX level from 5-business-day moves of VIX_History.csv and
// SPX_History_yahoo_GSPC.csv (docs/measured/spot-vol-link.md), writes src/engine/measured/spotVolLink.generated.ts
// and prints the tables into that page. Run: npx tsx scripts/measure/spotVolLink.ts
import { formatModule, generatedHeader, isMain, spliceIntoDoc, writeRepoFile } from './generatedFiles';
import { BUCKET_LABELS } from './spotVolModels';
import { HORIZON_DAYS, RECENT_FROM, loadCommonDays, measureLink, type CommonDays } from './spotVolSample';
import { spotVolReport } from './spotVolReport';

export const MODULE_PATH = 'src/engine/measured/spotVolLink.generated.ts';
const DOC_PATH = 'docs/measured/spot-vol-link.md';
const f2 = (x: number) => x.toFixed(2);

/** The generated module's text (prettier-formatted). */
export async function spotVolLinkModule(s: CommonDays = loadCommonDays()): Promise<string> {
	const { link, regressionEps, windows: ms } = measureLink(s);
	const list = (xs: number[]) => `[${xs.map(f2).join(', ')}]`;
	const text = `${generatedHeader('spotVolLink.ts', ['VIX_History.csv', 'SPX_History_yahoo_GSPC.csv'], `Least squares through the origin on ${ms.length} overlapping 5-business-day log moves (${s.dates[ms[0].start]} → ${s.dates[ms[ms.length - 1].start + HORIZON_DAYS]}), by starting VIX.`)}
/** Starting VIX (points) of the knots: the median starting VIX of the buckets ${BUCKET_LABELS.join(', ')}. ε is linear in ln VIX between knots and flat beyond the end knots. */
export const LINK_KNOTS_VIX: readonly number[] = ${list(link.knots)};

/** ε_down at the knots: after an SPX fall u = −ln(S'/S) > 0 from a start VIX V, ln(V'/V) = ε_down(V)·u + γ·u². */
export const LINK_EPS_DOWN: readonly number[] = ${list(link.epsDown)};

/** γ, the convexity of falls (per u², u = −ln(S'/S)): one value pooled over all start levels. */
export const LINK_GAMMA = ${f2(link.gamma)};

/** ε_up at the knots: after an SPX rise (u < 0) from a start VIX V, ln(V'/V) = ε_up(V)·u. */
export const LINK_EPS_UP: readonly number[] = ${list(link.epsUp)};

/** The "regression" preset's ε: slope of daily Δln VIX on daily Δln SPX (with an intercept), ${RECENT_FROM.slice(0, 4)}–${s.dates[s.dates.length - 1].slice(0, 4)}. */
export const REGRESSION_EPS = ${f2(regressionEps)};
`;
	return formatModule(text, MODULE_PATH);
}

if (isMain(import.meta.url)) {
	const s = loadCommonDays();
	writeRepoFile(MODULE_PATH, await spotVolLinkModule(s));
	const printed = spotVolReport(s);
	console.log(printed);
	spliceIntoDoc(DOC_PATH, printed);
}
