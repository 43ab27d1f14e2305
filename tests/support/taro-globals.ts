// The constants that Taro's build defines; in jest the runtime reads them as globals.
const enabled = [
  'ENABLE_INNER_HTML',
  'ENABLE_ADJACENT_HTML',
  'ENABLE_SIZE_APIS',
  'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE',
  'ENABLE_CONTAINS',
  'ENABLE_MUTATION_OBSERVER',
];
for (const flag of enabled) Object.assign(globalThis, { [flag]: true });
Object.assign(globalThis, { DEPRECATED_ADAPTER_COMPONENT: false });
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.FRAMEWORK = 'react';
