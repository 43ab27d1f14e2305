export { FunctionsRuntime, type FunctionsOptions, type InvocationResult } from './runtime';
export { startTimers } from './timers';
