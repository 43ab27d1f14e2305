/**
 * The id a client gives one filled-in form and sends with every try of it: a resent request
 * (after a lost reply) is recognised and done once. Letters, digits, `_` and `-`.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A new request id: time then randomness, so two forms never share one. */
export const newRequestId = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
