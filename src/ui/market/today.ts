// Today's date where the market trades: the valuation date of "today's market" is New York's, wherever the phone is.

/** Today in New York, 'YYYY-MM-DD'. */
export function todayInNewYork(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'America/New_York',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
}
