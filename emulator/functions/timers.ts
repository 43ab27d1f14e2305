import { Cron } from 'croner';
import { listFunctions, readConfig } from './config';
import type { FunctionsRuntime } from './runtime';

/** Schedules every function's timer triggers (seven-field cron, UTC+8, as WeChat Cloud reads them). */
export function startTimers(runtime: FunctionsRuntime): { stop(): void } {
  const jobs: Cron[] = [];
  for (const name of listFunctions(runtime.options.dir)) {
    for (const trigger of readConfig(runtime.options.dir, name).triggers) {
      const job = new Cron(
        trigger.config,
        { timezone: 'Asia/Shanghai', protect: true },
        async () => {
          try {
            await runtime.runTimer(name, trigger.name);
          } catch (error) {
            runtime.log(
              `定时触发器 ${name}/${trigger.name} 出错：${error instanceof Error ? error.message : String(error)}`,
            );
          }
        },
      );
      jobs.push(job);
    }
  }
  return {
    stop: () => jobs.forEach((job) => job.stop()),
  };
}
