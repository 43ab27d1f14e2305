// Formats of subscribe-message data fields, by the type prefix of their key (`thing1`,
// `phrase3`…), as the subscribeMessage.send documentation lists them. WeChat answers 47003 when
// a value breaks its format; the template itself is unknown locally, so only formats are checked.

interface FieldFormat {
  maxLength?: number;
  pattern?: RegExp;
}

const DATE = String.raw`\d{4}(?:年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2})`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
// Both may be a range: two points joined by `~`.
const range = (point: string) => new RegExp(`^${point}(?:\\s*~\\s*${point})?$`);

const FORMATS: Record<string, FieldFormat> = {
  thing: { maxLength: 20 },
  short_thing: { maxLength: 5 },
  number: { maxLength: 32, pattern: /^-?\d+(?:\.\d+)?$/ },
  letter: { maxLength: 32, pattern: /^[A-Za-z]+$/ },
  symbol: { maxLength: 5, pattern: /^[^\p{L}\p{N}\s]+$/u },
  character_string: { maxLength: 32, pattern: /^[A-Za-z0-9\p{P}\p{S}]+$/u },
  time: { pattern: range(`(?:${DATE}\\s*)?${CLOCK}`) },
  date: { pattern: range(`${DATE}(?:\\s*${CLOCK})?`) },
  amount: { pattern: /^[¥￥$]?\d{1,10}(?:\.\d{1,2})?元?$/ },
  phone_number: { maxLength: 17, pattern: /^[\d+\-() ]+$/ },
  car_number: {
    maxLength: 8,
    pattern: /^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u,
  },
  name: { pattern: /^(?:\p{Script=Han}{1,10}|[A-Za-z ]{1,20})$/u },
  phrase: { maxLength: 5, pattern: /^\p{Script=Han}+$/u },
};

/** What is wrong with the `data` of a subscribe message, in WeChat's words, or undefined. */
export function templateDataProblem(data: unknown): string | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    Object.keys(data).length === 0
  )
    return 'argument invalid! data is empty';
  for (const [key, field] of Object.entries(data)) {
    const value = (field as { value?: unknown } | null)?.value;
    if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '')
      return `argument invalid! data.${key}.value is empty`;
    const format = FORMATS[/^([a-z_]+)\d+$/.exec(key)?.[1] ?? ''];
    if (!format) continue;
    const text = String(value);
    if (format.maxLength !== undefined && [...text].length > format.maxLength)
      return `argument invalid! data.${key}.value exceeds ${format.maxLength} characters`;
    if (format.pattern && !format.pattern.test(text))
      return `argument invalid! data.${key}.value is not a valid ${key.replace(/\d+$/, '')}`;
  }
  return undefined;
}
