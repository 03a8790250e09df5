// A regime-lab result read from anywhere is checked against the scenario it came with before it is shown. Repeated ids
// (a start or a policy twice) refuse the whole record: nothing sensible can be drawn from it. A result that is not one
// run of the lab (statistics out of order, histograms that do not add up to its paths, dates out of order), or that
// names this scenario's inputs but not its settings (another seed, path count, model or policy list), is dropped. A
// result from a file or a link is kept only when the digest of the inputs it names matches the scenario's
// (labInputsKey): anything else is a run of some other scenario, so it is dropped rather than shown as this one's.
// The app's own storage keeps a stale result (run before the inputs last changed), which the lab marks as stale.
import { DEFAULT_POLICIES, epochDayOf } from '../engine';
import { digest } from './digest';
import { labInputsKey, type LabResultRecord } from './labRecord';
import type { ScenarioData } from './scenarioSchema';
import type { Issue } from './issues';
import type { Origin } from './untrusted';

/** Start ids once each, policy ids once per start, and `sameAs` naming another start. */
export function labResultIdIssues(result: LabResultRecord, at = 'data.lab.result'): Issue[] {
	const issues: Issue[] = [];
	const starts = new Set<string>();
	result.starts.forEach((s, i) => {
		if (starts.has(s.id))
			issues.push({ path: `${at}.starts[${i}].id`, message: `start “${s.id}” appears twice` });
		starts.add(s.id);
		const policies = new Set<string>();
		s.policies.forEach((p, j) => {
			if (policies.has(p.policyId))
				issues.push({
					path: `${at}.starts[${i}].policies[${j}].policyId`,
					message: `policy “${p.policyId}” appears twice`,
				});
			policies.add(p.policyId);
		});
	});
	result.starts.forEach((s, i) => {
		if (s.sameAs !== null && (s.sameAs === s.id || !starts.has(s.sameAs)))
			issues.push({ path: `${at}.starts[${i}].sameAs`, message: `names no other start (“${s.sameAs}”)` });
	});
	return issues;
}

type Figures = LabResultRecord['starts'][number]['policies'][number]['mid'];
type Stats = Figures['alone'];
type Histogram = Figures['histogram']['alone'];

/** Allowance for rounding when comparing dollar figures that the engine derives from the same sorted paths. */
const slack = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const atMost = (a: number, b: number) => a <= b + slack(a, b);

function statsProblem(s: Stats, paths: number): string | null {
	if (s.n !== paths) return `statistics over ${s.n} paths, not ${paths}`;
	const inside = [s.mean, s.median, -s.var95, -s.cvar95];
	if (!inside.every((x) => atMost(s.worst, x) && atMost(x, s.best)))
		return 'statistics outside their own worst and best';
	if (!atMost(-s.cvar95, -s.var95)) return 'a CVaR smaller than its VaR';
	return null;
}

function histogramProblem(h: Histogram, bins: number, paths: number): string | null {
	if (h.counts.length !== bins) return `a histogram of ${h.counts.length} bins on ${bins}`;
	const total = h.counts.reduce((sum, c) => sum + c, 0) + h.below + h.above;
	return total === paths ? null : `a histogram of ${total} paths, not ${paths}`;
}

function realDate(text: string): number | null {
	try {
		return epochDayOf(text);
	} catch {
		return null;
	}
}

/** Why the result is not one run of the lab (statistics, histograms and dates that do not agree), or null. */
function selfMismatch(result: LabResultRecord): string | null {
	const horizon = realDate(result.horizonDate);
	const expiry = realDate(result.condorExpiry);
	if (horizon === null || expiry === null || horizon > expiry) return 'its dates are not in order';
	const edges = result.histogramEdges;
	if (edges.length < 2 || edges.some((e, i) => i > 0 && !(e > edges[i - 1])))
		return 'its histogram edges are not in order';
	if (result.starts.length === 0) return 'it has no start states';
	const policyIds = result.starts[0].policies.map((p) => p.policyId).join();
	for (const start of result.starts) {
		if (start.policies.map((p) => p.policyId).join() !== policyIds)
			return 'its start states ran different policies';
		for (const f of start.policies.flatMap((p) => [p.mid, p.afterCosts])) {
			const problem =
				statsProblem(f.alone, result.paths) ??
				statsProblem(f.hedged, result.paths) ??
				statsProblem(f.hedge, result.paths) ??
				histogramProblem(f.histogram.alone, edges.length - 1, result.paths) ??
				histogramProblem(f.histogram.hedged, edges.length - 1, result.paths);
			if (problem) return `it holds ${problem}`;
		}
	}
	return null;
}

/** Why a result that names this scenario's inputs cannot be their run (another seed, path count, model, policies). */
function settingsMismatch(data: ScenarioData, result: LabResultRecord): string | null {
	const settings = data.lab.settings;
	if (result.seed !== data.mcSeed) return 'it was run with another seed';
	if (result.paths !== settings.paths) return `it has ${result.paths} paths, the settings ${settings.paths}`;
	if (digest(result.model) !== digest(settings.model)) return 'it was run with another path model';
	const policyIds = DEFAULT_POLICIES.filter((p) => settings.policyIds.includes(p.id)).map((p) => p.id);
	if (result.starts[0].policies.map((p) => p.policyId).join() !== policyIds.join())
		return 'its policies are not the ones the settings run';
	return null;
}

/**
 * Why the result cannot be shown with this scenario, or null when it can: it must be one run of the lab, and when
 * it names this scenario's inputs (it is not stale) it must be the run of these settings.
 */
export function labResultMismatch(data: ScenarioData): string | null {
	const result = data.lab.result;
	if (!result) return null;
	const own = selfMismatch(result);
	if (own) return own;
	const current = result.inputsKey === labInputsKey({ ...data, settings: data.lab.settings });
	return current ? settingsMismatch(data, result) : null;
}

/**
 * The scenario with its lab result dropped when it cannot be trusted here, and why (null when kept). From a file or
 * a link the result must also be current (name the scenario's inputs); the app's own storage keeps a stale one.
 */
export function reconcileLab(
	data: ScenarioData,
	origin: Origin,
): { data: ScenarioData; note: string | null } {
	const result = data.lab.result;
	if (!result) return { data, note: null };
	let why = labResultMismatch(data);
	if (
		!why &&
		origin === 'file' &&
		result.inputsKey !== labInputsKey({ ...data, settings: data.lab.settings })
	)
		why = 'it was run on other inputs than the ones it came with';
	if (!why) return { data, note: null };
	return {
		data: { ...data, lab: { ...data.lab, result: null } },
		note: `The regime-lab result was left out: ${why}. Run the lab again to see this scenario's.`,
	};
}
