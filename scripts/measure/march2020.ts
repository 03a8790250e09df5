// The window the measurement scripts leave out as "March 2020": the backwardation stretch around VIX's record close
// (VIX above VIX3M 2020-02-24 … 2020-04-23, 82.69 on 2020-03-16) widened by a few days so the crash's run-up and unwind
// stay out too. The app's back-test finds its own largest episode in the data it holds (largestEpisode.ts).
export const MARCH_2020 = { label: 'March 2020', from: '2020-02-20', to: '2020-04-30' } as const;
