import base from '/work/wt-tests-12/stryker.config.mjs';
const mutate = process.env.T12_MUTATE.split(',');
export default { ...base, mutate, jsonReporter: { fileName: `reports/mutation/part-${process.env.T12_PART}.json` }, reporters: ['json', 'progress'], htmlReporter: undefined };
